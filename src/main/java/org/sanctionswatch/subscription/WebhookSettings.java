package org.sanctionswatch.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sanctionswatch.webhooks.*}: how often due deliveries are looked for ({@code poll}), the first retry delay
 * ({@code backoff}, doubling each attempt up to {@code max-backoff}), how many attempts before a delivery fails,
 * the HTTP timeout, and the hosts a subscription may point at.
 */
@ConfigurationProperties("sanctionswatch.webhooks")
public record WebhookSettings(@DefaultValue("1s") Duration poll, @DefaultValue("2s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("6") int maxAttempts,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue({"localhost", "127.0.0.1", "::1"}) List<String> allowedHosts) {

    public WebhookSettings {
        allowedHosts = allowedHosts.stream().map(h -> bare(h).toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether a host (as {@link java.net.URI#getHost()} gives it, IPv6 in brackets) may receive deliveries. */
    public boolean allows(String host) {
        return host != null && allowedHosts.contains(bare(host).toLowerCase(Locale.ROOT));
    }

    /** The wait before attempt {@code failed + 1}: backoff, doubled for every earlier failure, capped. */
    Duration delayAfter(int failed) {
        Duration d = backoff;
        for (int i = 1; i < failed && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    private static String bare(String host) {
        String h = host.strip();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
