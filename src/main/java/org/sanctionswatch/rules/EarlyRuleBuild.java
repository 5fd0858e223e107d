package org.sanctionswatch.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Compiles the rules folder as soon as the configuration is known, on a thread of its own, while the rest of the
 * service starts (the compilation is the longest single step of start-up). The engine takes the result when it
 * starts on the same DRL; when the folder changed in between, or does not exist, it builds as before. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class EarlyRuleBuild implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Path dir = Path.of(event.getEnvironment().getProperty("sanctionswatch.rules.dir", "rules"));
        if (Files.isDirectory(dir)) {
            RuleBaseBuilder.buildEarly(RuleBaseBuilder.readFolder(dir));
        }
    }
}
