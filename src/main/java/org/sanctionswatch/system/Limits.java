package org.sanctionswatch.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what one request may carry: body size (413), rows per import (413), JSON nesting depth and token length
 * (422), and how long a sender may take to send a load ({@code load-time}, 408). Every answer names the limit.
 */
@ConfigurationProperties("sanctionswatch.limits")
public record Limits(Long maxBodyBytes, Integer maxRows, Integer maxJsonDepth, Integer maxJsonStringLength,
        java.time.Duration loadTime) {

    public Limits(Long maxBodyBytes, Integer maxRows, Integer maxJsonDepth, Integer maxJsonStringLength) {
        this(maxBodyBytes, maxRows, maxJsonDepth, maxJsonStringLength, null);
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public Limits {
        loadTime = loadTime == null ? java.time.Duration.ofMinutes(10) : loadTime;
        maxBodyBytes = maxBodyBytes == null ? 256L * 1024 * 1024 : maxBodyBytes;
        maxRows = maxRows == null ? 5_000_000 : maxRows;
        maxJsonDepth = maxJsonDepth == null ? 32 : maxJsonDepth;
        maxJsonStringLength = maxJsonStringLength == null ? 1_000_000 : maxJsonStringLength;
    }
}
