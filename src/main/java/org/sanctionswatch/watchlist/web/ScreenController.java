package org.sanctionswatch.watchlist.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctionswatch.fact.Imo;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.watchlist.Screening;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScreenController {

    private static final Set<String> TYPES = Set.of("VESSEL", "ENTITY", "ANY");

    private final Screening screening;

    ScreenController(Screening screening) {
        this.screening = screening;
    }

    @GetMapping("/api/screen")
    @Operation(summary = "The listed vessels or companies a name or IMO number would match, with scores and why",
            description = "type is VESSEL (default: imo is a ship's number, its check digit verified), ENTITY (imo "
                    + "is a company number) or ANY. Matches are EXACT (the same number, or the same name in normal "
                    + "form) or POSSIBLE (a name at least LOG-003.threshold alike); a different number is a "
                    + "different ship or company. At most 50, best first.")
    Screening.Answer screen(@RequestParam(required = false) String name, @RequestParam(required = false) String imo,
            @RequestParam(required = false) String type) {
        List<ItemError> errors = new ArrayList<>();
        String kind = type == null ? "VESSEL" : type.strip().toUpperCase(Locale.ROOT);
        if (!TYPES.contains(kind)) {
            errors.add(new ItemError(null, null, null, "type", type, "must be VESSEL, ENTITY or ANY"));
        }
        if ((name == null || name.isBlank()) && (imo == null || imo.isBlank())) {
            errors.add(new ItemError(null, null, null, "name", null, "give a name, an imo, or both"));
        }
        if (imo != null && !imo.isBlank()) {
            String digits = Imo.digits(imo);
            if (!Imo.sevenDigits(digits)) {
                errors.add(new ItemError(null, null, null, "imo", imo, "an IMO number has 7 digits"));
            } else if (kind.equals("VESSEL") && !Imo.validShip(digits)) {
                errors.add(new ItemError(null, null, null, "imo", imo, "the check digit of a ship's IMO number does "
                        + "not match (a company's number is screened with type=ENTITY)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The screening was refused", errors);
        }
        return screening.screen(name, imo == null || imo.isBlank() ? null : imo, kind);
    }
}
