package dev.plinth.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every admin page shows in its layout: the model's name, who is signed in, a pending design change. */
@ControllerAdvice(basePackages = "dev.plinth.admin")
class AdminAttributes {

    private final ModelEditor editor;

    AdminAttributes(ModelEditor editor) {
        this.editor = editor;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request, Principal principal) {
        model.addAttribute("modelName", editor.applied().model().name());
        model.addAttribute("currentUser", principal == null ? null : principal.getName());
        model.addAttribute("pendingDraft", request.getSession(false) == null ? null
                : Drafts.current(request.getSession()).map(Draft::description).orElse(null));
    }
}
