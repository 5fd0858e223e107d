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
    void allowsNoHostByDefault() {
        WebhookSettings defaults = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
                .bindOrCreate("sanctionswatch.webhooks", WebhookSettings.class);
        assertThat(defaults.allowedHosts()).isEmpty();
        assertThat(defaults.allowInternalAddresses()).isFalse();
        assertThat(defaults.refusal("localhost")).contains("not in sanctionswatch.webhooks.allowed-hosts");
    }

    @Test
    void refusesAnAllowedHostThatIsInternalUnlessInternalAddressesAreAllowed() throws Exception {
        for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "224.0.0.1")) {
            assertThat(WebhookSettings.internal(java.net.InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String public_ : List.of("8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "100.128.0.1")) {
            assertThat(WebhookSettings.internal(java.net.InetAddress.getByName(public_))).as(public_).isFalse();
        }
        assertThat(settings.refusal("127.0.0.1")).contains("resolves to the internal address 127.0.0.1");
        WebhookSettings allowing = new WebhookSettings(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(30), 6, Duration.ofSeconds(10), List.of("127.0.0.1"), true, 4096, 4);
        assertThat(allowing.refusal("127.0.0.1")).isNull();
    }

    @Test
    void signsTheTimestampAndBodyAsHexHmacSha256() {
        // Reference value from: printf '1700000000.{}' | openssl dgst -sha256 -hmac secret
        assertThat(Signatures.sign("secret", 1_700_000_000L, "{}"))
                .isEqualTo("sha256=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163");
    }
}
