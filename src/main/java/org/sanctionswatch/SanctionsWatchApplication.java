package org.sanctionswatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SanctionsWatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(SanctionsWatchApplication.class, args);
    }
}
