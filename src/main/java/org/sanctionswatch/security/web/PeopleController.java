package org.sanctionswatch.security.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.sanctionswatch.security.People;
import org.sanctionswatch.security.Role;
import org.sanctionswatch.system.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** People who sign in to the workbench, managed by administrators; a person's own password, by that person. */
@RestController
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    record NewPerson(String name, String password, Set<Role> roles) {
    }

    record PersonChange(Set<Role> roles, Boolean disabled, String password) {
    }

    record PasswordChange(String current, String password) {
    }

    @GetMapping("/api/people")
    @Operation(summary = "Every person who may sign in to the workbench, without passwords")
    List<People.Person> list() {
        return people.list();
    }

    @PostMapping("/api/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person: {name, password (12 to 128 characters), roles}")
    People.Person create(@RequestBody NewPerson body, HttpServletRequest request) {
        return people.create(body.name(), body.password(), body.roles(), Actors.of(request));
    }

    @PatchMapping("/api/people/{name}")
    @Operation(summary = "Change a person's roles, disable or enable them, or set a new password",
            description = "A disabled person's sessions end at their next request. The last active administrator "
                    + "cannot be disabled or lose the ADMIN role (409).")
    People.Person change(@PathVariable String name, @RequestBody PersonChange body, HttpServletRequest request) {
        return people.change(name, body.roles(), body.disabled(), body.password(), Actors.of(request));
    }

    @PostMapping("/api/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your own password: {current, password}; your other sessions end")
    void password(@RequestBody PasswordChange body, HttpServletRequest request) {
        String name = Actors.of(request);
        people.changeOwnPassword(name, body.current(), body.password());
        // this session goes on with the new password; the person's other sessions end at their next request
        var session = request.getSession(false);
        if (session != null) {
            people.stamp(name).ifPresent(stamp -> session.setAttribute(People.SESSION_STAMP, stamp));
        }
    }
}
