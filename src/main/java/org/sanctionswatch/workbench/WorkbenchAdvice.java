package org.sanctionswatch.workbench;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page knows of its reader: the name and what the role allows, to show the controls it may use. The
 * server checks each call again: a hidden control is a courtesy, not the protection.
 */
@ControllerAdvice(assignableTypes = WorkbenchController.class)
class WorkbenchAdvice {

    /** The signed-in reader's name and the acts the roles allow (through the role hierarchy). */
    record Reader(String name, boolean analyst, boolean admin, boolean ingest) {
    }

    @ModelAttribute
    void reader(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName().equals("anonymousUser")) {
            return;
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean admin = roles.contains("ROLE_ADMIN");
        model.addAttribute("reader", new Reader(auth.getName(), admin || roles.contains("ROLE_ANALYST"), admin,
                admin || roles.contains("ROLE_INGEST")));
    }
}
