package org.sanctionswatch.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
