package org.sanctionswatch.alert.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sanctionswatch.alert.Snooze;
import org.sanctionswatch.alert.SnoozeStore;
import org.sanctionswatch.system.Actors;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/snoozes")
class SnoozeController {

    private final SnoozeStore snoozes;

    SnoozeController(SnoozeStore snoozes) {
        this.snoozes = snoozes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mute a rule for one subject (prefix of the finding subject) until a date, with a reason",
            description = "Snoozed findings are still recorded as alerts (snoozed: true, snoozeId), but no event of "
                    + "theirs goes to the stream or to webhooks.")
    Snooze create(@RequestBody SnoozeStore.Request body, HttpServletRequest request) {
        return snoozes.create(body, Actors.of(request));
    }

    @GetMapping
    @Operation(summary = "The snoozes in force; with all=true also the lifted and expired ones")
    List<Snooze> list(@RequestParam(defaultValue = "false") boolean all) {
        return snoozes.list(all);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lift a snooze: later findings of its rule and subject are sent again")
    void lift(@PathVariable long id, HttpServletRequest request) {
        if (!snoozes.lift(id, Actors.of(request))) {
            throw new NotFoundException("snooze " + id + " does not exist or was already lifted");
        }
    }
}
