package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.e2e.AlertFixtures.act;
import static org.sanctionswatch.e2e.AlertFixtures.alert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** An updated alert cites exactly its finding's evidence now: observations that stop counting leave it. */
class EvidenceEndToEndTests {

    @TempDir
    Path data;

    private static List<String> evidence(JsonNode alert) {
        List<String> ids = new ArrayList<>();
        alert.get("evidence").forEach(e -> ids.add(e.get("observationId").asString()));
        return ids;
    }

    private static JsonNode first(RunningService service, String ruleId) {
        JsonNode items = service.get("/api/alerts?ruleId=" + ruleId).body().get("items");
        assertThat(items).isNotEmpty();
        return alert(service, items.get(0).get("id").asLong());
    }

    @Test
    void aDismissedFindingLeavesTheEscalationAlertsEvidence() {
        try (RunningService service = RunningService.start(data)) {
            JsonNode level = first(service, "ESC-001");
            JsonNode veto = first(service, "DIP-001");
            List<String> vetoEvidence = evidence(veto);
            assertThat(evidence(level)).containsAll(vetoEvidence);

            act(service, veto.get("id").asLong(), "acknowledge", null);
            act(service, veto.get("id").asLong(), "dismiss", "counted elsewhere");

            List<String> after = evidence(first(service, "ESC-001"));
            List<String> expected = new ArrayList<>(evidence(level));
            expected.removeAll(vetoEvidence);
            assertThat(after).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
        }
    }
}
