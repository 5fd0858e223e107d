package org.sanctionswatch.e2e;

import static org.sanctionswatch.e2e.RunningService.TRADE_ALERTS_ONLY;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionswatch.e2e.AlertFixtures.AUGUST;
import static org.sanctionswatch.e2e.AlertFixtures.JULY;
import static org.sanctionswatch.e2e.AlertFixtures.JUNE;
import static org.sanctionswatch.e2e.AlertFixtures.SEPTEMBER;
import static org.sanctionswatch.e2e.AlertFixtures.TOTAL_AUGUST;
import static org.sanctionswatch.e2e.AlertFixtures.TOTAL_JULY;
import static org.sanctionswatch.e2e.AlertFixtures.act;
import static org.sanctionswatch.e2e.AlertFixtures.alert;
import static org.sanctionswatch.e2e.AlertFixtures.alertId;
import static org.sanctionswatch.e2e.AlertFixtures.reviseTotal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The alert lifecycle over HTTP on the fixture series: every transition with its history, the refused ones, and what
 * happens to resolved and dismissed alerts when their condition fires again. Each test acts on its own alert; the
 * revisions touch only the divergence (TRADE-002) alert of their month.
 */
class AlertLifecycleEndToEndTests {

    @TempDir
    static Path data;
    static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(data, "sanctionswatch.seeds.enabled=false", TRADE_ALERTS_ONLY);
        assertThat(service.importFile(ImportEndToEndTests.FIXTURE).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void walksEveryTransitionAndKeepsEachInTheHistoryWithActorNoteAndStatuses() {
        long id = alertId(service, "TRADE-001", JUNE);
        assertThat(alert(service, id).get("status").asString()).isEqualTo("OPEN");

        expectStatus(act(service, id, "acknowledge", "looking into it"), "ACKNOWLEDGED");
        expectStatus(act(service, id, "resolve", "reported to the panel of experts"), "RESOLVED");
        expectStatus(act(service, id, "reopen", "new shipping data"), "OPEN");
        expectStatus(act(service, id, "acknowledge", null), "ACKNOWLEDGED");
        expectStatus(act(service, id, "dismiss", "a known licensed shipment"), "DISMISSED");
        expectStatus(act(service, id, "reopen", null), "OPEN");

        JsonNode history = alert(service, id).get("history");
        assertThat(transitions(history)).containsExactly(
                "acknowledge OPEN->ACKNOWLEDGED", "resolve ACKNOWLEDGED->RESOLVED", "reopen RESOLVED->OPEN",
                "acknowledge OPEN->ACKNOWLEDGED", "dismiss ACKNOWLEDGED->DISMISSED", "reopen DISMISSED->OPEN");
        assertThat(history.get(0).get("note").asString()).isEqualTo("looking into it");
        assertThat(history.get(1).get("note").asString()).isEqualTo("reported to the panel of experts");
        assertThat(history.get(3).get("note").isNull()).isTrue();
        for (JsonNode h : history) {
            assertThat(h.get("actor").asString()).startsWith("key:");
            assertThat(h.get("at").asString()).isNotBlank();
        }

        assertThat(kinds(id)).containsExactly("RAISED", "STATUS_CHANGED", "STATUS_CHANGED", "REOPENED",
                "STATUS_CHANGED", "STATUS_CHANGED", "REOPENED");
        String audit = service.get("/api/audit").body().toString();
        assertThat(audit).contains("ALERT_ACKNOWLEDGED", "ALERT_RESOLVED", "ALERT_DISMISSED", "ALERT_REOPENED",
                "alert " + id, "a known licensed shipment");
    }

    @Test
    void refusesTransitionsTheStatusDoesNotAllowWith409AndTheReasonAndWritesNothing() {
        long id = alertId(service, "TRADE-001", JULY);

        expectConflict(act(service, id, "resolve", "too early"), "OPEN", "acknowledge it before you resolve it");
        expectConflict(act(service, id, "dismiss", "too early"), "OPEN", "acknowledge it before you dismiss it");
        expectConflict(act(service, id, "reopen", null), "OPEN", "is already OPEN");

        expectStatus(act(service, id, "acknowledge", null), "ACKNOWLEDGED");
        expectConflict(act(service, id, "acknowledge", null), "ACKNOWLEDGED", "is already ACKNOWLEDGED");
        expectConflict(act(service, id, "reopen", null), "ACKNOWLEDGED", "only a RESOLVED or DISMISSED");

        expectStatus(act(service, id, "resolve", "done"), "RESOLVED");
        expectConflict(act(service, id, "resolve", "again"), "RESOLVED", "is already RESOLVED");
        expectConflict(act(service, id, "dismiss", "instead"), "RESOLVED", "reopen it before you dismiss it");
        expectConflict(act(service, id, "acknowledge", null), "RESOLVED", "only an OPEN alert can be acknowledged");
        expectConflict(service.send("POST", "/api/alerts/" + id + "/assign", "{\"assignee\": \"kim\"}"), "RESOLVED",
                "reopen it before you assign it");

        assertThat(transitions(alert(service, id).get("history")))
                .containsExactly("acknowledge OPEN->ACKNOWLEDGED", "resolve ACKNOWLEDGED->RESOLVED");
        assertThat(kinds(id)).containsExactly("RAISED", "STATUS_CHANGED", "STATUS_CHANGED");
    }

    @Test
    void refusesMissingNotesAndAssigneesWith422AndUnknownAlertsOrActionsWith404() {
        long id = alertId(service, "TRADE-001", SEPTEMBER);
        expectStatus(act(service, id, "acknowledge", null), "ACKNOWLEDGED");

        RunningService.Answer noNote = act(service, id, "dismiss", null);
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.body().get("errors").get(0).get("field").asString()).isEqualTo("note");
        RunningService.Answer noAssignee = act(service, id, "assign", "for you");
        assertThat(noAssignee.status()).isEqualTo(422);
        assertThat(noAssignee.body().get("errors").get(0).get("field").asString()).isEqualTo("assignee");

        assertThat(act(service, 999_999, "acknowledge", null).status()).isEqualTo(404);
        assertThat(act(service, id, "escalate", null).status()).isEqualTo(404);
        assertThat(alert(service, id).get("status").asString()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void assignsAnOpenAlertAndKeepsTheAssigneeThroughLaterActs() {
        long id = alertId(service, "TRADE-001", AUGUST);
        RunningService.Answer assigned = service.send("POST", "/api/alerts/" + id + "/assign",
                "{\"assignee\": \"analyst.kim\", \"note\": \"coke and steel desk\"}");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().get("assignee").asString()).isEqualTo("analyst.kim");
        assertThat(assigned.body().get("status").asString()).isEqualTo("OPEN");

        RunningService.Answer acknowledged = service.send("POST", "/api/alerts/" + id + "/acknowledge",
                "{\"assignee\": \"analyst.lee\"}");
        assertThat(acknowledged.body().get("assignee").asString()).isEqualTo("analyst.lee");

        JsonNode history = alert(service, id).get("history");
        assertThat(transitions(history)).containsExactly("assign OPEN->OPEN", "acknowledge OPEN->ACKNOWLEDGED");
        assertThat(history.get(0).get("assignee").asString()).isEqualTo("analyst.kim");
        assertThat(history.get(0).get("note").asString()).isEqualTo("coke and steel desk");
        assertThat(kinds(id)).containsExactly("RAISED", "UPDATED", "STATUS_CHANGED");
    }

    @Test
    void reopensAResolvedAlertWhenItsConditionFiresAgain() {
        long id = alertId(service, "TRADE-002", AUGUST);
        act(service, id, "acknowledge", null);
        expectStatus(act(service, id, "resolve", "explained by a licensed project"), "RESOLVED");

        // The same data again changes nothing: the alert stays resolved.
        service.importFile(ImportEndToEndTests.FIXTURE);
        assertThat(alert(service, id).get("status").asString()).isEqualTo("RESOLVED");

        // Total trade revised up: commodity growth no longer outruns it, the condition clears.
        // (It may clear other alerts of the pair too, such as a year below the reference year.)
        assertThat(reviseTotal(service, "2024-08", 1_000_000_000L).body().get("alertsCleared").asInt()).isPositive();
        JsonNode cleared = alert(service, id);
        assertThat(cleared.get("active").asBoolean()).isFalse();
        assertThat(cleared.get("status").asString()).isEqualTo("RESOLVED");

        // Revised back: the condition fires again, and the resolved alert reopens on its own.
        reviseTotal(service, "2024-08", TOTAL_AUGUST);
        JsonNode reopened = alert(service, id);
        assertThat(reopened.get("active").asBoolean()).isTrue();
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        JsonNode last = last(reopened.get("history"));
        assertThat(last.get("actor").asString()).isEqualTo("engine");
        assertThat(last.get("action").asString()).isEqualTo("reopen");
        assertThat(last.get("fromStatus").asString()).isEqualTo("RESOLVED");
        assertThat(last.get("note").asString()).contains("fired again");
        assertThat(kinds(id)).containsExactly("RAISED", "STATUS_CHANGED", "STATUS_CHANGED", "CLEARED", "REOPENED");
    }

    @Test
    void keepsADismissedAlertDismissedWhileItsFindingIsUnchangedAndReopensItWhenTheConditionChanges() {
        long id = alertId(service, "TRADE-002", JULY);
        act(service, id, "acknowledge", null);
        expectStatus(act(service, id, "dismiss", "the desk judged this pattern benign"), "DISMISSED");

        // Cleared, then firing again with the very finding it was dismissed on: still dismissed, nothing sent.
        reviseTotal(service, "2024-07", 1_000_000_000L);
        assertThat(alert(service, id).get("active").asBoolean()).isFalse();
        reviseTotal(service, "2024-07", TOTAL_JULY);
        JsonNode back = alert(service, id);
        assertThat(back.get("active").asBoolean()).isTrue();
        assertThat(back.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(events(id)).contains("CLEARED muted DISMISSED", "UPDATED muted DISMISSED");

        // Total trade revised to another figure that still diverges: the finding differs, the alert reopens.
        reviseTotal(service, "2024-07", 140_000_000L);
        JsonNode reopened = alert(service, id);
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("explanation").asString()).contains("140");
        JsonNode last = last(reopened.get("history"));
        assertThat(last.get("actor").asString()).isEqualTo("engine");
        assertThat(last.get("fromStatus").asString()).isEqualTo("DISMISSED");
        assertThat(last.get("note").asString()).contains("changed since the alert was dismissed");
        assertThat(events(id)).last().isEqualTo("REOPENED sent");
    }

    private static void expectStatus(RunningService.Answer answer, String status) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(answer.body().get("status").asString()).isEqualTo(status);
    }

    private static void expectConflict(RunningService.Answer answer, String state, String reason) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString()).contains(reason);
        assertThat(answer.body().get("state").asString()).isEqualTo(state);
    }

    private static List<String> transitions(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.forEach(h -> out.add(h.get("action").asString() + " " + h.get("fromStatus").asString() + "->"
                + h.get("toStatus").asString()));
        return out;
    }

    private static List<String> kinds(long id) {
        List<String> out = new ArrayList<>();
        service.get("/api/alerts/" + id + "/events").body().forEach(e -> out.add(e.get("kind").asString()));
        return out;
    }

    private static List<String> events(long id) {
        List<String> out = new ArrayList<>();
        service.get("/api/alerts/" + id + "/events").body().forEach(e -> out.add(e.get("kind").asString() + " "
                + (e.get("muted").isNull() ? "sent" : "muted " + e.get("muted").asString())));
        return out;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
