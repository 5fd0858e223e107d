package org.sanctionswatch.rules.web;

import org.sanctionswatch.rules.RuleCompilationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Rules that do not compile, wherever they come from (reload, rollback, backtest): 422 with every error. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleProblems {

    @ExceptionHandler(RuleCompilationException.class)
    ProblemDetail doesNotCompile(RuleCompilationException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The rules do not compile (" + e.problems().size() + " error" + (e.problems().size() == 1 ? "" : "s")
                        + "); the running ruleset stays");
        p.setTitle("Rules do not compile");
        p.setProperty("errors", e.problems());
        return p;
    }
}
