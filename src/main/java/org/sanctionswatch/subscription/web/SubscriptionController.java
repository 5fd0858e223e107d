package org.sanctionswatch.subscription.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sanctionswatch.subscription.Deliveries;
import org.sanctionswatch.subscription.Delivery;
import org.sanctionswatch.subscription.Subscription;
import org.sanctionswatch.subscription.SubscriptionStore;
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
@RequestMapping("/api/subscriptions")
class SubscriptionController {

    private final SubscriptionStore subscriptions;
    private final Deliveries deliveries;

    SubscriptionController(SubscriptionStore subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to alert events matching a filter; deliveries are signed with the secret",
            description = "The URL's host must be in sanctionswatch.webhooks.allowed-hosts (else 422). The secret is "
                    + "stored to sign deliveries and never returned.")
    Subscription create(@RequestBody SubscriptionStore.Request body, HttpServletRequest request) {
        return subscriptions.create(body, Actors.of(request));
    }

    @GetMapping
    @Operation(summary = "The subscriptions, without their secrets")
    List<Subscription> list() {
        return subscriptions.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription, without its secret")
    Subscription get(@PathVariable long id) {
        return subscriptions.get(id).orElseThrow(() -> missing(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a subscription; its pending deliveries are cancelled")
    void delete(@PathVariable long id, HttpServletRequest request) {
        if (!subscriptions.delete(id, Actors.of(request))) {
            throw missing(id);
        }
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The deliveries of a subscription, newest first, with attempts, last status and last error")
    List<Delivery> deliveries(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size must be between 1 and 1000");
        }
        get(id);
        return deliveries.ofSubscription(id, status, size);
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("subscription " + id + " does not exist");
    }
}
