// Plinth admin UI: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Buttons and forms that need a confirmation name what they do in data-confirm.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // JSON text areas say at once whether their text is valid JSON.
  function checkJson(area) {
    var note = document.getElementById(area.id + "-json-state");
    if (!note) { return; }
    if (area.value.trim() === "") { note.textContent = ""; return; }
    try {
      JSON.parse(area.value);
      note.textContent = "Valid JSON";
      note.className = "hint";
    } catch (e) {
      note.textContent = "Not valid JSON yet: " + e.message;
      note.className = "error-text";
    }
  }
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("textarea.json")) { checkJson(event.target); }
  });

  // Reference pickers: type to search the target entity, pick a row.
  function wirePicker(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-search");
    if (!list || !url) { return; }
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(url + "?q=" + encodeURIComponent(input.value), { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (options) {
            list.innerHTML = "";
            options.forEach(function (o) {
              var option = document.createElement("option");
              option.value = o.id;
              option.label = o.label;
              list.appendChild(option);
            });
          })
          .catch(function () { /* the field still takes an id typed by hand */ });
      }, 200);
    });
  }

  // Field forms show only the options of the chosen type.
  function showOptionsFor(select) {
    var type = select.value;
    document.querySelectorAll("[data-types]").forEach(function (block) {
      var types = block.getAttribute("data-types").split(" ");
      var visible = types.indexOf(type) >= 0;
      block.hidden = !visible;
      block.querySelectorAll("input, select, textarea").forEach(function (input) { input.disabled = !visible; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-search]").forEach(wirePicker);
    document.querySelectorAll("textarea.json").forEach(checkJson);
    var typePicker = document.getElementById("field-type");
    if (typePicker) {
      showOptionsFor(typePicker);
      typePicker.addEventListener("change", function () { showOptionsFor(typePicker); });
    }
  });
})();
