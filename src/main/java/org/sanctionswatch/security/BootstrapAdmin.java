package org.sanctionswatch.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default still starts with one command: on first start with no key and no configured user, an
 * administrator key is generated and printed once; or {@code sanctionswatch.security.admin-key} (environment
 * variable {@code SANCTIONSWATCH_SECURITY_ADMIN_KEY}) installs a chosen one.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final ApiKeys keys;
    private final SecurityProperties properties;

    BootstrapAdmin(ApiKeys keys, SecurityProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String configured = properties.adminKey();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 16) {
                throw new IllegalStateException("sanctionswatch.security.admin-key must have at least 16 characters");
            }
            if (!keys.exists(configured)) {
                keys.create("admin (configured)", EnumSet.of(Role.ADMIN), "start-up", configured);
            }
            return;
        }
        if (keys.any() || !properties.users().isEmpty()) {
            return;
        }
        ApiKeys.CreatedKey created = keys.create("admin (generated at first start)", EnumSet.of(Role.ADMIN),
                "start-up", ApiKeys.newKey());
        String banner = "\n\n  First start: an administrator API key was generated. It is shown this once:\n\n    "
                + created.key() + "\n\n  Use it as 'Authorization: Bearer <key>' and create other keys with "
                + "POST /api/keys.\n";
        log.warn(banner);
        System.out.println(banner);
    }
}
