package org.sanctionswatch.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 as problem details, like every other error of the service. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            // A browser is not offered Basic: the workbench's page would get a login dialog, and a browser that
            // caches Basic credentials sends them on cross-site requests too.
            response.setHeader("WWW-Authenticate", fromBrowser(request)
                    ? "Bearer realm=\"sanctions-watch\""
                    : "Bearer realm=\"sanctions-watch\", Basic realm=\"sanctions-watch\"");
            write(response, 401, "Unauthorized", "Credentials are missing or not valid: send an API key "
                    + "(Authorization: Bearer <key> or X-API-Key) or HTTP Basic credentials", request.getRequestURI());
        };
    }

    private static boolean fromBrowser(jakarta.servlet.http.HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Sec-Fetch-Site") != null || request.getHeader("HX-Request") != null
                || request.getSession(false) != null
                || accept != null && (accept.contains("text/html") || accept.contains("text/event-stream"));
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, "Forbidden", e instanceof CsrfException
                ? "The request carries no valid CSRF token for this session: reload the page and try again"
                : "Your role does not allow " + request.getMethod() + " " + request.getRequestURI(),
                request.getRequestURI());
    }

    private static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\"" + instance.replace("\"", "'")
                + "\"}");
    }
}
