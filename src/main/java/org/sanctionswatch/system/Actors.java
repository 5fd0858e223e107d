package org.sanctionswatch.system;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who is acting: the authenticated user, else the X-Actor header, else "anonymous". */
public final class Actors {

    private Actors() {
    }

    public static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            return principal.getName();
        }
        String header = request.getHeader("X-Actor");
        return header == null || header.isBlank() ? "anonymous" : header.strip();
    }
}
