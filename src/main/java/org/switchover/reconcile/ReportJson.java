package org.switchover.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Builds reconciliation.json, keeping the contract's names: verdict, goLiveDate, tables, openDutyCases, ... */
final class ReportJson {
    private final ObjectMapper json = new ObjectMapper();
    private final ReconciliationResult result;

    ReportJson(ReconciliationResult result) {
        this.result = result;
    }

    ObjectNode build() {
        ObjectNode root = json.createObjectNode();
        root.put("verdict", result.verdict().name());
        root.put("goLiveDate", result.goLive() == null ? null : result.goLive().toString());
        root.put("asOf", result.asOf().toString());
        if (result.goLive() == null) {
            root.putNull("daysToGoLive");
        } else {
            root.put("daysToGoLive", ChronoUnit.DAYS.between(result.asOf(), result.goLive()));
        }
        root.put("runId", result.runId());
        ArrayNode tables = root.putArray("tables");
        result.outcomes().stream().filter(o -> o.counts() != null).forEach(o -> {
            CheckOutcome.MappingCountsResult c = o.counts();
            tables.addObject().put("legacyTable", c.legacyTable()).put("targetTable", c.targetTable()).put("read", c.read())
                    .put("loaded", c.loaded()).put("excluded", c.excluded()).put("rejected", c.rejected())
                    .put("legacyCount", c.legacyCount()).put("targetCount", c.targetCount()).put("status", o.status().name());
        });
        outcome(ReportSections.OPEN_DUTY_CASES).ifPresent(o -> root.set("openDutyCases", openDutyCases(o)));
        outcome(ReportSections.ACTIVE_CP_PLANS).ifPresent(o -> root.set("activeCpPlans", activeCpPlans(o)));
        ArrayNode missing = root.putArray("missingFields");
        result.outcomes().stream().filter(o -> o.check().type() == CheckType.NOT_NULL).forEach(o -> {
            ObjectNode field = missing.addObject().put("table", o.check().parameter("table")).put("field", o.check().parameter("field"))
                    .put("missing", o.target()).put("legacyExpected", o.legacy());
            strings(field.putArray("legacyRefs"), legacyRefs(o.targetRows()));
            field.put("status", o.status().name());
        });
        ArrayNode checks = root.putArray("checks");
        for (CheckOutcome o : result.outcomes()) {
            ObjectNode check = checks.addObject().put("id", o.id()).put("title", o.check().title()).put("owner", o.check().owner())
                    .put("status", o.status().name());
            if (o.legacy() == null) {
                check.putNull("legacy");
            } else {
                check.put("legacy", o.legacy());
            }
            check.put("target", o.target()).put("detail", o.detail()).put("seconds", Math.round(o.seconds() * 1000) / 1000.0);
            strings(check.putArray("onlyInLegacy"), o.onlyInLegacy());
            strings(check.putArray("onlyInTarget"), o.onlyInTarget());
            strings(check.putArray("differing"), o.differing());
            if (o.check().compare() == Comparison.THRESHOLD && o.targetRows() != null && o.targetRows().grouped()) {
                ObjectNode breakdown = check.putObject("breakdown");
                o.targetRows().rows().forEach(r -> breakdown.put(r.key(), r.n()));
            }
        }
        return root;
    }

    private ObjectNode openDutyCases(CheckOutcome o) {
        ObjectNode node = json.createObjectNode().put("legacy", o.legacy()).put("target", o.target());
        strings(node.putArray("onlyInLegacy"), o.onlyInLegacy());
        strings(node.putArray("onlyInTarget"), o.onlyInTarget());
        node.put("status", o.status().name());
        Map<String, SideResult.Row> cases = new LinkedHashMap<>(o.targetRows().byKey());
        o.legacyRows().byKey().forEach(cases::putIfAbsent);
        ArrayNode list = node.putArray("cases");
        cases.values().stream().sorted(Comparator.comparingLong(r -> Long.parseLong(r.key()))).forEach(r -> {
            LocalDate referred = r.values().get("referral_date") == null ? null : LocalDate.parse(r.values().get("referral_date"));
            ObjectNode c = list.addObject().put("legacyRef", r.values().get("legacy_ref")).put("referralId", Long.parseLong(r.key()))
                    .put("referralDate", referred == null ? null : referred.toString());
            if (referred == null) {
                c.putNull("daysWaiting");
            } else {
                c.put("daysWaiting", ChronoUnit.DAYS.between(referred, result.asOf()));
            }
            c.put("team", r.values().get("team"));
        });
        outcome(ReportSections.LEFT_WORKERS).ifPresent(left -> {
            ObjectNode leftNode = node.putObject("allocatedToLeftWorkers").put("legacy", left.legacy()).put("target", left.target())
                    .put("status", left.status().name());
            strings(leftNode.putArray("referralIds"), left.targetRows().byKey().keySet().stream()
                    .sorted(Comparator.comparingLong(Long::parseLong)).toList());
        });
        return node;
    }

    private ObjectNode activeCpPlans(CheckOutcome o) {
        ObjectNode node = json.createObjectNode().put("legacy", o.legacy()).put("target", o.target());
        node.putObject("excludingOtherAuthority").put("legacy", notOla(o.legacyRows())).put("target", notOla(o.targetRows()));
        ObjectNode categories = node.putObject("byLatestCategory");
        for (String category : ReportSections.CATEGORIES) {
            categories.putObject(category).put("legacy", inCategory(o.legacyRows(), category)).put("target", inCategory(o.targetRows(), category));
        }
        Optional<CheckOutcome> multiple = outcome(ReportSections.MULTIPLE_ACTIVE);
        strings(node.putArray("multipleActive"), multiple.map(m -> List.copyOf(new TreeSet<>(m.targetRows().byKey().keySet()))).orElse(List.of()));
        strings(node.putArray("onlyInLegacy"), o.onlyInLegacy());
        strings(node.putArray("onlyInTarget"), o.onlyInTarget());
        strings(node.putArray("differing"), o.differing());
        node.put("status", multiple.map(m -> o.status().worst(m.status())).orElse(o.status()).name());
        Map<String, SideResult.Row> legacyPlans = o.legacyRows().byKey();
        ArrayNode plans = node.putArray("plans");
        o.targetRows().rows().forEach(r -> {
            SideResult.Row l = legacyPlans.get(r.key());
            plans.addObject().put("planId", Long.parseLong(r.key())).put("legacyRef", r.values().get("legacy_ref"))
                    .put("legacyLatestCategory", l == null ? null : l.values().get("latest_category"))
                    .put("targetLatestCategory", r.values().get("latest_category"))
                    .put("legacyLatestReview", l == null ? null : l.values().get("latest_review"))
                    .put("targetLatestReview", r.values().get("latest_review"));
        });
        return node;
    }

    private static long notOla(SideResult rows) {
        return rows.rows().stream().filter(r -> !"Y".equals(r.values().get("ola"))).count();
    }

    private static long inCategory(SideResult rows, String category) {
        return rows.rows().stream().filter(r -> category.equals(Optional.ofNullable(r.values().get("latest_category"))
                .orElse(ReportSections.NO_CATEGORY))).count();
    }

    static List<String> legacyRefs(SideResult rows) {
        return List.copyOf(new TreeSet<>(rows.rows().stream().map(r -> r.values().get("legacy_ref"))
                .filter(java.util.Objects::nonNull).toList()));
    }

    private Optional<CheckOutcome> outcome(String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
