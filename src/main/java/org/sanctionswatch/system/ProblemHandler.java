package org.sanctionswatch.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Every error as RFC 7807 problem details; never a stack trace to the client. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input",
                e.getMessage() + " (" + e.errorCount() + " problem" + (e.errorCount() == 1 ? "" : "s")
                        + "; nothing was stored)");
        p.setProperty("errorCount", e.errorCount());
        p.setProperty("errors", e.errors());
        return p;
    }

    @ExceptionHandler(RuleRunawayException.class)
    ProblemDetail runaway(RuleRunawayException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "A rule fired without end",
                e.getMessage() + "; nothing was stored");
        p.setProperty("rule", e.rule());
        p.setProperty("firings", e.firings());
        return p;
    }

    /** A rule that ran away on the engine's thread reaches a request wrapped in the future that waited for it. */
    @ExceptionHandler(java.util.concurrent.CompletionException.class)
    ProblemDetail completion(java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuleRunawayException runaway) {
            return runaway(runaway);
        }
        throw e;
    }

    @ExceptionHandler(RequestTimeoutException.class)
    ProblemDetail timeout(RequestTimeoutException e) {
        return problem(HttpStatus.REQUEST_TIMEOUT, "Request timeout", e.getMessage() + "; nothing was stored");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", e.getMessage());
    }

    @ExceptionHandler(StreamConstraintsException.class)
    ProblemDetail overLimit(StreamConstraintsException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Input over a limit",
                "The JSON exceeds a limit: " + e.getOriginalMessage());
    }

    @ExceptionHandler(JacksonException.class)
    ProblemDetail malformedJson(JacksonException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
                "Malformed JSON: " + e.getOriginalMessage());
        if (e.getLocation() != null) {
            p.setProperty("line", e.getLocation().getLineNr());
            p.setProperty("column", e.getLocation().getColumnNr());
        }
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        if (e.state() != null) {
            p.setProperty("state", e.state());
        }
        return p;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "An unexpected error occurred; it has been logged.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
