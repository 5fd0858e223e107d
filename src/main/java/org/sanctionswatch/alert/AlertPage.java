package org.sanctionswatch.alert;

import java.util.List;

/** One page of alerts and how many match in all. */
public record AlertPage(List<Alert> items, int page, int size, long total) {
}
