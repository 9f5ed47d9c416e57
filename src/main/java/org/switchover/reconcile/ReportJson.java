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
        if (result.partial() != null) {
            root.put("partial", result.partial());
            root.put("signable", false);
        }
        root.put("goLiveDate", result.goLive() == null ? null : result.goLive().toString());
        root.put("asOf", result.asOf().toString());
        ReconciliationResult.Provenance made = result.provenance();
        if (result.goLive() == null) {
            root.putNull("daysToGoLive");
        } else {
            root.put("daysToGoLive", ChronoUnit.DAYS.between(made.today(), result.goLive()));
        }
        root.put("reconciledAt", made.reconciledAt().toOffsetDateTime().toString());
        root.put("legacyDatabase", made.legacyDatabase());
        root.put("targetDatabase", made.targetDatabase());
        root.put("mappingSetHash", made.mappingSetHash());
        root.put("runId", result.runId());
        root.put("reconciliationId", result.reconciliationId());
        root.put("checkSetHash", result.checkSetHash());
        ArrayNode tables = root.putArray("tables");
        result.outcomes().stream().filter(o -> o.counts() != null).forEach(o -> {
            CheckOutcome.MappingCountsResult c = o.counts();
            tables.addObject().put("legacyTable", c.legacyTable()).put("targetTable", c.targetTable()).put("read", c.read())
                    .put("loaded", c.loaded()).put("excluded", c.excluded()).put("rejected", c.rejected())
                    .put("legacyCount", c.legacyCount()).put("targetCount", c.targetCount()).put("status", o.status().name());
        });
        headline(ReportSections.OPEN_DUTY_CASES).ifPresent(o -> root.set(ReportSections.OPEN_DUTY_CASES, openDutyCases(o)));
        headline(ReportSections.OPEN_REFERRALS).ifPresent(o -> root.set(ReportSections.OPEN_REFERRALS, headline(o, "referralId")));
        headline(ReportSections.ACTIVE_CP_PLANS).ifPresent(o -> root.set(ReportSections.ACTIVE_CP_PLANS, activeCpPlans(o)));
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
                    .put("status", o.status().name()).put("meaning", o.check().meaning()).put("action", o.check().action())
                    .put("childrenAffected", ChildrenAffected.count(o));
            if (o.legacy() == null) {
                check.putNull("legacy");
            } else {
                check.put("legacy", o.legacy());
            }
            check.put("target", o.target()).put("detail", o.detail()).put("seconds", Math.round(o.seconds() * 1000) / 1000.0);
            if (o.check().rule() != null) {
                check.put("rule", o.check().rule()).put("message", o.check().message());
            }
            strings(check.putArray("onlyInLegacy"), o.onlyInLegacy());
            strings(check.putArray("onlyInTarget"), o.onlyInTarget());
            strings(check.putArray("differing"), o.differing());
            ArrayNode findings = check.putArray("findings");
            o.findings().forEach(f -> findings.add(decided(json.createObjectNode().put("key", f.key()).put("legacyRef", f.legacyRef())
                    .put("reason", f.reason()), f)));
            if (o.check().compare() == Comparison.THRESHOLD && o.targetRows() != null && o.targetRows().grouped()) {
                ObjectNode breakdown = check.putObject("breakdown");
                o.targetRows().rows().forEach(r -> breakdown.put(r.key(), r.n()));
            }
        }
        return root;
    }

    /**
     * A headline's legacy truth: legacy = migrated + not migrated, each record not migrated with its key, legacy
     * reference, reason and the owner's decision; then the keys found on one side only and the status.
     */
    private ObjectNode headline(CheckOutcome o, String keyName) {
        ObjectNode node = json.createObjectNode().put("legacy", o.legacy()).put("target", o.target())
                .put("migrated", o.legacy() - o.onlyInLegacy().size());
        ArrayNode notMigrated = node.putArray("notMigrated");
        Map<String, SideResult.Row> legacyRows = o.legacyRows().byKey();
        Map<String, Finding> findings = new LinkedHashMap<>();
        o.findings().forEach(f -> findings.put(f.key(), f));
        o.onlyInLegacy().stream().sorted(Comparator.comparingLong(Long::parseLong)).forEach(key -> {
            SideResult.Row row = legacyRows.get(key);
            ObjectNode record = notMigrated.addObject().put(keyName, Long.parseLong(key)).put("legacyRef", row.values().get("legacy_ref"))
                    .put("reason", row.notMigrated() != null ? row.notMigrated() : Finding.ONLY_IN_LEGACY);
            Finding finding = findings.get(key);
            if (finding == null) {
                record.put("status", o.status().name()).putNull("exception");
            } else {
                decided(record, finding);
            }
        });
        strings(node.putArray("onlyInLegacy"), o.onlyInLegacy());
        strings(node.putArray("onlyInTarget"), o.onlyInTarget());
        node.put("status", o.status().name());
        return node;
    }

    /** A failing record's status and the decision in force for it (null when none). */
    private ObjectNode decided(ObjectNode record, Finding finding) {
        record.put("status", finding.status().name());
        OwnerDecision d = finding.decision();
        if (d == null) {
            record.putNull("exception");
        } else {
            record.putObject("exception").put("id", d.id()).put("decision", d.decision().word()).put("owner", d.owner())
                    .put("role", d.role()).put("reason", d.reason()).put("decidedAt", d.decidedAt().toString());
        }
        return record;
    }

    private ObjectNode openDutyCases(CheckOutcome o) {
        ObjectNode node = headline(o, "referralId");
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
        ObjectNode node = headline(o, "planId");
        node.remove(List.of("onlyInLegacy", "onlyInTarget", "status"));
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
        Map<String, SideResult.Row> targetPlans = o.targetRows().byKey();
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        legacyPlans.keySet().forEach(key -> ids.add(Long.parseLong(key)));
        targetPlans.keySet().forEach(key -> ids.add(Long.parseLong(key)));
        ArrayNode plans = node.putArray("plans");
        ids.forEach(id -> {
            SideResult.Row l = legacyPlans.get(id.toString());
            SideResult.Row t = targetPlans.get(id.toString());
            plans.addObject().put("planId", id).put("legacyRef", (t != null ? t : l).values().get("legacy_ref"))
                    .put("legacyLatestCategory", l == null ? null : l.values().get("latest_category"))
                    .put("targetLatestCategory", t == null ? null : t.values().get("latest_category"))
                    .put("legacyLatestReview", l == null ? null : l.values().get("latest_review"))
                    .put("targetLatestReview", t == null ? null : t.values().get("latest_review"));
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

    private Optional<CheckOutcome> headline(String section) {
        return ReportSections.headline(result.outcomes(), section);
    }

    private Optional<CheckOutcome> outcome(String id) {
        return result.outcomes().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
