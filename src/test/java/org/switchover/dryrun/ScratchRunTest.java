package org.switchover.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.cutover.FinalLoadGate;
import org.switchover.mapping.MappingSet;
import org.switchover.reconcile.ReconciliationResult;
import org.switchover.testing.Queries;
import org.switchover.testing.SignedGoDryRun;
import org.switchover.transform.TransformSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `dry-run --only ssd_cp_plans` on real databases, after a full dry run that is GO and signed off: the scratch run
 * loads cp plans and exactly the mappings they reference (the same figures as the full run), its report is PARTIAL
 * and NO_GO, and nothing can sign or gate on csc while it holds the scratch run, not even the earlier signed dry run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScratchRunTest extends SignedGoDryRun {
    /** ssd_cp_plans and, by the mapping files' ref:, person, s47, ICPC, CIN episodes (via s47 and ICPC), department, professionals. */
    private static final Set<String> CP_PLANS_AND_WHAT_THEY_NEED = Set.of("ssd_cp_plans", "ssd_person", "ssd_s47_enquiry",
            "ssd_initial_cp_conference", "ssd_cin_episodes", "ssd_department", "ssd_professionals");

    private DryRunResult scratch;
    private String signedReportBefore;

    @Test
    @Order(1)
    void loadsCpPlansAndWhatTheyReferenceWithTheFullRunsFiguresAndNothingElse() throws Exception {
        // given the full dry run's figures per mapping, and its signed working report
        Map<String, String> full = byMapping(Queries.rows(target, "sql/scratch/run_tables.sql", dryRunId));
        Map<String, String> fullCsc = byMapping(Queries.rows(target, "sql/scratch/csc_row_counts.sql"));
        signedReportBefore = Files.readString(dryRunReport.resolve("reconciliation.json"));

        // when a scratch run of ssd_cp_plans is made
        scratch = Switchover.configure().legacy(legacy).target(target).quiet(true).reportDir(dryRunReport)
                .goLive(LocalDate.now().plusDays(7)).build().dryRunOnly(List.of("ssd_cp_plans"));

        // then it is a run of kind scratch with exactly those seven mappings, each with the full run's figures
        long runId = scratch.engine().runId();
        assertEquals("scratch|SUCCEEDED", Queries.rows(target, "sql/scratch/run_kind.sql", runId).get(0));
        Map<String, String> partial = byMapping(Queries.rows(target, "sql/scratch/run_tables.sql", runId));
        assertEquals(CP_PLANS_AND_WHAT_THEY_NEED, partial.keySet());
        Map<String, String> expected = new TreeMap<>(full);
        expected.keySet().retainAll(CP_PLANS_AND_WHAT_THEY_NEED);
        assertEquals(expected, partial);
        assertTrue(Long.parseLong(partial.get("ssd_cp_plans").split("\\|")[1]) > 0, partial.toString());
        // and csc holds those tables as the full run loaded them, every other table empty
        Map<String, String> csc = byMapping(Queries.rows(target, "sql/scratch/csc_row_counts.sql"));
        assertEquals(17, csc.size());
        csc.forEach((table, rows) -> assertEquals(CP_PLANS_AND_WHAT_THEY_NEED.contains(table) ? fullCsc.get(table) : "0", rows, table));
    }

    @Test
    @Order(2)
    void itsReportIsPartialAndNoGoAndKeptApartFromTheSignedOne() throws Exception {
        long runId = scratch.engine().runId();
        ReconciliationResult reconciled = scratch.reconciliation();
        // never GO, whatever the checks say
        assertEquals(ReconciliationResult.Verdict.NO_GO, reconciled.verdict());
        Path scratchDir = dir.resolve("scratch");
        assertEquals(scratchDir.toAbsolutePath().normalize(), scratch.reportDir());
        JsonNode json = new ObjectMapper().readTree(scratchDir.resolve("reconciliation.json").toFile());
        assertEquals("NO_GO", json.get("verdict").asText());
        assertFalse(json.get("signable").asBoolean(true));
        assertEquals("PARTIAL: scratch run " + runId + " (dry-run --only) loaded only ssd_cin_episodes, ssd_cp_plans, ssd_department, "
                + "ssd_initial_cp_conference, ssd_person, ssd_professionals, ssd_s47_enquiry; every other csc table is empty, so checks "
                + "on them fail. A scratch run is never signable and its verdict is never GO.", json.get("partial").asText());
        // the first thing on the page, before the verdict
        String html = Files.readString(scratchDir.resolve("reconciliation.html"));
        int body = html.indexOf("<body>");
        assertEquals(body + "<body>\n".length(), html.indexOf("<div class=\"banner NO_GO\" id=\"partial\">NEVER SIGNABLE. PARTIAL: scratch run " + runId));
        assertTrue(html.contains("<title>Reconciliation: NO GO (PARTIAL, never signable)</title>"));
        // history keeps it as scratch-<runId>; the dry run's signed working report is untouched
        assertTrue(Files.isRegularFile(dir.resolve("scratch-" + runId).resolve("reconciliation.html")));
        assertEquals(signedReportBefore, Files.readString(dryRunReport.resolve("reconciliation.json")));
    }

    @Test
    @Order(3)
    void theScratchRunCannotBeSignedOffAndNeitherCanTheEarlierDryRunWhileCscHoldsIt() {
        long runId = scratch.engine().runId();
        // when the owner signs the scratch report
        ConfigurationException scratchSigned = assertThrows(ConfigurationException.class, () -> Switchover.configure().target(target)
                .reportDir(dir.resolve("scratch")).build().signOff("Alex Smith", HEAD_OF_SERVICE));
        assertTrue(scratchSigned.getMessage().contains("run " + runId + " is a scratch run (dry-run --only): a partial load is never signable"),
                scratchSigned.getMessage());
        // when someone signs the full dry run's GO report again while csc holds the scratch run (an owner who looks at csc
        // would see partial tables, not what the report counted)
        ConfigurationException fullSigned = assertThrows(ConfigurationException.class, () -> Switchover.configure().target(target)
                .reportDir(dryRunReport).build().signOff("Alex Smith", HEAD_OF_SERVICE));
        assertTrue(fullSigned.getMessage().contains("csc holds scratch run " + runId + " (dry-run --only: a partial load, never signable)"),
                fullSigned.getMessage());
    }

    @Test
    @Order(4)
    void theFinalLoadGateRefusesAfterTheScratchRunEvenThoughTheEarlierDryRunIsSigned() {
        long runId = scratch.engine().runId();
        Switchover.configure().legacy(legacy).target(target).build().freeze();
        MappingSet mappings = MappingSet.load(Path.of("mappings"), TransformSettings.defaults());
        FinalLoadGate.Verdict verdict = new FinalLoadGate(Switchover.configure().legacy(legacy).target(target).quiet(true)
                .reportDir(dir.resolve("final-load")).build().settings(), mappings).check(LocalDate.now());
        // the signed dry run is still the latest dry run, so this is the only unmet condition
        assertEquals(dryRunId, verdict.dryRunId());
        assertEquals(List.of("csc holds scratch run " + runId + " (dry-run --only: a partial load, never signable), so no full dry "
                + "run's figures describe it any more: make a full dry run and sign off its report"), verdict.unmet());
    }

    @Test
    @Order(5)
    void statusShowsTheScratchRunAsPartialAndWhatCscHolds() {
        long runId = scratch.engine().runId();
        List<String> lines = Switchover.configure().target(target).build().status().lines();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("run " + runId + " scratch SUCCEEDED started ")
                && l.contains(" PARTIAL (dry-run --only, never signable) verdict NO_GO")), lines.toString());
        assertTrue(lines.contains("csc: csc holds scratch run " + runId + " (dry-run --only: a partial load, never signable), so no "
                + "full dry run's figures describe it any more: make a full dry run and sign off its report"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("run " + dryRunId + " dry-run SUCCEEDED") && !l.contains("PARTIAL")));
    }

    @Test
    @Order(6)
    void aDeltaCannotContinueFromTheScratchRun() {
        long runId = scratch.engine().runId();
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> Switchover.configure().legacy(legacy)
                .target(target).quiet(true).reportDir(dir.resolve("delta")).build().delta(runId));
        assertTrue(refused.getMessage().contains("--since " + runId + ": run " + runId + " is a scratch run (dry-run --only): csc holds "
                + "only part of the mappings, so a delta cannot continue from it; make a full load first"), refused.getMessage());
    }

    @Test
    @Order(7)
    void aFullDryRunAfterwardsReplacesItAndItsReportCanBeSignedAgain() throws Exception {
        // when a full dry run follows the scratch run
        DryRunResult full = Switchover.configure().legacy(legacy).target(target).quiet(true).reportDir(dryRunReport)
                .goLive(LocalDate.now().plusDays(7)).build().dryRun();
        // then csc holds a full load again: status has no scratch line and the new GO report can be signed
        assertTrue(full.reconciliation().go(), full.reconciliation().failingCheckIds().toString());
        List<String> lines = Switchover.configure().target(target).build().status().lines();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("csc: ")), lines.toString());
        assertEquals(full.engine().runId(), Switchover.configure().target(target).reportDir(dryRunReport).build()
                .signOff("Alex Smith", HEAD_OF_SERVICE).runId());
    }

    private static Map<String, String> byMapping(List<String> rows) {
        Map<String, String> map = new TreeMap<>();
        rows.forEach(row -> map.put(row.substring(0, row.indexOf('|')), row.substring(row.indexOf('|') + 1)));
        return map;
    }
}
