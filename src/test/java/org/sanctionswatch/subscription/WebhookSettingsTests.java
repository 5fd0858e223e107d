package org.sanctionswatch.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retry delays, the allowlist and the signature, without a server. */
class WebhookSettingsTests {

    private final WebhookSettings settings = new WebhookSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(30), 6, Duration.ofSeconds(10), List.of("LocalHost", "127.0.0.1", "[::1]"));

    @Test
    void doublesTheBackoffAfterEachFailureUpToItsCap() {
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(settings::delayAfter).map(Duration::toSeconds))
                .containsExactly(2L, 4L, 8L, 16L, 30L, 30L);
    }

    @Test
    void allowsListedHostsWhateverTheirCaseOrIpv6Brackets() {
        assertThat(settings.allows("localhost")).isTrue();
        assertThat(settings.allows("[::1]")).isTrue();
        assertThat(settings.allows("::1")).isTrue();
        assertThat(settings.allows("127.0.0.2")).isFalse();
        assertThat(settings.allows("localhost.example.org")).isFalse();
        assertThat(settings.allows(null)).isFalse();
    }

    @Test
    void signsTheTimestampAndBodyAsHexHmacSha256() {
        // Reference value from: printf '1700000000.{}' | openssl dgst -sha256 -hmac secret
        assertThat(Signatures.sign("secret", 1_700_000_000L, "{}"))
                .isEqualTo("sha256=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163");
    }
}
