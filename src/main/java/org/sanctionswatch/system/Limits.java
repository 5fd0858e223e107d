package org.sanctionswatch.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what one request may carry: body size (413), rows per import (413), JSON nesting depth and token length
 * (422). Every answer names the limit.
 */
@ConfigurationProperties("sanctionswatch.limits")
public record Limits(Long maxBodyBytes, Integer maxRows, Integer maxJsonDepth, Integer maxJsonStringLength) {

    public Limits {
        maxBodyBytes = maxBodyBytes == null ? 256L * 1024 * 1024 : maxBodyBytes;
        maxRows = maxRows == null ? 5_000_000 : maxRows;
        maxJsonDepth = maxJsonDepth == null ? 32 : maxJsonDepth;
        maxJsonStringLength = maxJsonStringLength == null ? 1_000_000 : maxJsonStringLength;
    }
}
