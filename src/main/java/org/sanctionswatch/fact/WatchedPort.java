package org.sanctionswatch.fact;

import java.util.Locale;

/** A port under watch; {@code name} is compared upper-case with {@link PortCall#portKey()}. */
public record WatchedPort(String name, String country) {

    public WatchedPort {
        name = name.strip().toUpperCase(Locale.ROOT);
    }
}
