package org.sanctionswatch.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sanctionswatch.webhooks.*}: how often due deliveries are looked for ({@code poll}), the first retry delay
 * ({@code backoff}, doubling each attempt up to {@code max-backoff}), how many attempts before a delivery fails,
 * the HTTP timeout, the hosts a subscription may point at (none by default), whether those hosts may resolve to
 * internal addresses ({@code allow-internal-addresses}: loopback, link-local, private; off by default), how much of an
 * answer is read ({@code max-answer-bytes}), and how many endpoints are sent to at once ({@code senders}).
 */
@ConfigurationProperties("sanctionswatch.webhooks")
public record WebhookSettings(@DefaultValue("1s") Duration poll, @DefaultValue("2s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("6") int maxAttempts,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue({}) List<String> allowedHosts,
        @DefaultValue("false") boolean allowInternalAddresses,
        @DefaultValue("4096") int maxAnswerBytes,
        @DefaultValue("4") int senders) {

    @ConstructorBinding
    public WebhookSettings {
        allowedHosts = (allowedHosts == null ? List.<String>of() : allowedHosts).stream()
                .filter(h -> !h.isBlank()).map(h -> bare(h).toLowerCase(Locale.ROOT)).toList();
        senders = Math.max(1, senders);
        maxAnswerBytes = Math.max(0, maxAnswerBytes);
    }

    /** The settings of the tests and of earlier releases: these hosts, no other knobs. */
    public WebhookSettings(Duration poll, Duration backoff, Duration maxBackoff, int maxAttempts, Duration timeout,
            List<String> allowedHosts) {
        this(poll, backoff, maxBackoff, maxAttempts, timeout, allowedHosts, false, 4096, 4);
    }

    /**
     * Why deliveries to this host are refused, or null when they may go: it must be on the allowlist, and every
     * address it resolves to must be public unless internal addresses are allowed explicitly.
     */
    public String refusal(String host) {
        if (!allows(host)) {
            return "host " + host + " is not in sanctionswatch.webhooks.allowed-hosts " + allowedHosts;
        }
        if (allowInternalAddresses) {
            return null;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(bare(host))) {
                if (internal(a)) {
                    return "host " + host + " resolves to the internal address " + a.getHostAddress()
                            + " (sanctionswatch.webhooks.allow-internal-addresses is off)";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "host " + host + " does not resolve";
        }
    }

    /** Loopback, link-local, private (site-local, IPv6 unique-local), wildcard or multicast. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        // IPv6 unique local fc00::/7; IPv4 shared address space 100.64.0.0/10 (carrier NAT)
        return b.length == 16 && (b[0] & 0xFE) == 0xFC
                || b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
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
