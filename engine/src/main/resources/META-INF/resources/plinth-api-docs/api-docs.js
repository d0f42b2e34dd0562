// Starts Swagger UI on the document at /api/openapi.json (relative to this page, so a context path is kept).
// A separate file rather than an inline script, so that a Content-Security-Policy without 'unsafe-inline' allows it.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "../api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    // search operations by tag: one tag an entity
    filter: true,
    displayRequestDuration: true,
    // never send the document to the public validator at validator.swagger.io
    validatorUrl: null,
    // the page shows this API only: no ?url= or ?configUrl= from the address bar
    queryConfigEnabled: false
  });
});
