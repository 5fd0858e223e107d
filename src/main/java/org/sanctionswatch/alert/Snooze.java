package org.sanctionswatch.alert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An analyst's mute: findings of {@code ruleId} whose subject starts with {@code subject} (a reporter-partner pair
 * such as {@code CHN|PRK}, an IMO, a crossing) are recorded but not sent, through {@code until} inclusive (UTC).
 */
public record Snooze(long id, String ruleId, String subject, LocalDate until, String reason, Instant createdAt,
        String createdBy, Instant liftedAt, String liftedBy) {

    public boolean covers(String findingRuleId, String findingSubject) {
        return ruleId.equals(findingRuleId) && findingSubject != null && findingSubject.startsWith(subject);
    }

    public boolean inForceOn(LocalDate day) {
        return liftedAt == null && !until.isBefore(day);
    }
}
