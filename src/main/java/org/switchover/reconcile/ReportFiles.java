package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.switchover.files.CsvLineWriter;
import org.switchover.files.CsvTable;
import org.switchover.files.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the report directory: reconciliation.json, reconciliation.html, and a CSV per list (tables,
 * cases, plans, missing fields, checks, the headline records not migrated, and lists/&lt;check&gt;.csv with every key
 * of each check). Every file is owner-only ({@link PrivateFiles}); CSV cells cannot run as spreadsheet formulas
 * ({@link CsvTable}).
 */
final class ReportFiles {
    /** The JSON contract other tooling reads. */
    static final String JSON_FILE = "reconciliation.json";
    /** The page a head of service reads. */
    static final String HTML_FILE = "reconciliation.html";

    /** Where the time goes: {@code -Dorg.slf4j.simpleLogger.log.org.switchover.reconcile.ReportFiles=debug}. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportFiles.class);

    private final ReconciliationResult result;
    private final RunTrend trend;
    private final List<Crosswalks.Crosswalk> crosswalks;
    private String htmlSha256;

    ReportFiles(ReconciliationResult result, RunTrend trend, List<Crosswalks.Crosswalk> crosswalks) {
        this.result = result;
        this.trend = trend;
        this.crosswalks = List.copyOf(crosswalks);
    }

    /** Writes every file and returns the SHA-256 of reconciliation.json. */
    String writeAll() {
        long started = System.nanoTime();
        ObjectNode root = new ReportJson(result).build();
        CrosswalkReport.json(root.putArray("crosswalks"), crosswalks);
        try {
            Path dir = result.reportDir();
            PrivateFiles.createDirectories(dir.resolve("lists"));
            // the sections' own files (the Annex A workbook, its CSVs) need nothing of the page: written on another core
            List<ReportSection> sections = ReportSection.all();
            java.util.concurrent.CompletableFuture<Void> sectionFiles = java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (ReportSection section : sections) {
                    try {
                        section.writeFiles(result);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
            PrivateFiles.write(dir.resolve(JSON_FILE), json);
            long jsonDone = System.nanoTime();
            PrivateFiles.writeString(dir.resolve(HTML_FILE), new HtmlReport(result, root, trend, crosswalks).render());
            // the page's bytes as they are on disk: what the owner reads, and what a browser sign-off binds
            htmlSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(HTML_FILE))));
            long pageDone = System.nanoTime();
            writeCsvs(dir, root);
            long csvsDone = System.nanoTime();
            try {
                sectionFiles.join();
                LOG.debug("report files: JSON {} ms, page {} ms, CSVs and key lists {} ms, then waited {} ms for the sections' files",
                        (jsonDone - started) / 1_000_000, (pageDone - jsonDone) / 1_000_000, (csvsDone - pageDone) / 1_000_000,
                        (System.nanoTime() - csvsDone) / 1_000_000);
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reconciliation report in " + result.reportDir() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** The SHA-256 of reconciliation.html as {@link #writeAll} wrote it. */
    String htmlSha256() {
        return htmlSha256;
    }

    private void writeCsvs(Path dir, ObjectNode root) throws IOException {
        csv(dir.resolve("tables.csv"), List.of("legacyTable", "targetTable", "read", "loaded", "excluded", "rejected",
                "legacyCount", "targetCount", "status"), root.path("tables"));
        csv(dir.resolve("checks.csv"), List.of("id", "title", "owner", "status", "legacy", "target", "detail"), root.path("checks"));
        csv(dir.resolve("open-duty-cases.csv"), List.of("legacyRef", "referralId", "referralDate", "daysWaiting", "team"),
                root.path("openDutyCases").path("cases"));
        csv(dir.resolve("active-cp-plans.csv"), List.of("planId", "legacyRef", "legacyLatestCategory", "targetLatestCategory",
                "legacyLatestReview", "targetLatestReview"), root.path("activeCpPlans").path("plans"));
        List<List<String>> notMigrated = new ArrayList<>();
        for (CheckOutcome headline : ReportSections.headlines(result.outcomes())) {
            String check = headline.id();
            headline.findings().stream()
                    .filter(f -> !Finding.ONLY_IN_TARGET.equals(f.reason()) && !Finding.DIFFERS.equals(f.reason()))
                    .forEach(f -> notMigrated.add(java.util.Arrays.asList(check, f.key(), f.legacyRef(), f.reason(), f.status().name(),
                            f.decision() == null ? null : f.decision().decision().word(), f.decision() == null ? null : f.decision().owner(),
                            f.decision() == null ? null : f.decision().role(), f.decision() == null ? null : f.decision().reason())));
        }
        write(dir.resolve("not-migrated.csv"), List.of("check", "key", "legacyRef", "reason", "status", "decision", "owner", "role",
                "decisionReason"), notMigrated);
        // a line per child and field: 7 MB at scale 5, written as the JSON tree is walked
        CsvLineWriter.writeFile(dir.resolve("missing-fields.csv"), out -> {
            out.line(List.of("table", "field", "legacyRef"));
            for (JsonNode field : root.path("missingFields")) {
                byte[] table = field.path("table").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                byte[] name = field.path("field").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                for (JsonNode ref : field.path("legacyRefs")) {
                    out.cell(table, 0, table.length).cell(name, 0, name.length).cell(ref.asText()).endLine();
                }
            }
        });
        write(dir.resolve(CrosswalkReport.CSV_FILE), CrosswalkReport.CSV_COLUMNS, CrosswalkReport.csvRows(crosswalks));
        for (CheckOutcome o : result.outcomes()) {
            if (o.targetRows() != null) {
                keyList(dir.resolve("lists").resolve(o.id() + ".csv"), o);
            }
        }
    }

    /**
     * Every key of a check, on which side it was found, and its values (target's, else legacy's), the target's keys first.
     * Written from the packed rows as they are read, holding only each side's keys: at scale 10 one check lists over half
     * a million.
     */
    private static void keyList(Path file, CheckOutcome o) throws IOException {
        SideResult legacySide = o.legacyRows();
        SideResult targetSide = o.targetRows();
        Set<String> legacy = keys(legacySide);
        Set<String> columns = new LinkedHashSet<>();
        if (targetSide.size() > 0) {
            columns.addAll(targetSide.columns());
        }
        if (legacySide != null && legacySide.size() > 0) {
            columns.addAll(legacySide.columns());
        }
        // personal details (a date of birth) are compared but never written to a report file
        o.check().personal().forEach(columns::remove);
        List<String> header = new ArrayList<>(List.of("key", "side", "n"));
        header.addAll(columns);
        // the target's keys are written first, so a legacy row whose key is already written is on both sides
        Set<String> written = new java.util.HashSet<>();
        CsvLineWriter.writeFile(file, out -> {
            out.line(header);
            try {
                int[] targetColumns = positions(columns, targetSide);
                targetSide.forEachPacked(row -> line(out, written, row, legacySide == null ? "target"
                        : legacy.contains(row.key()) ? "both" : "target only", targetColumns));
                if (legacySide != null) {
                    int[] legacyColumns = positions(columns, legacySide);
                    legacySide.forEachPacked(row -> line(out, written, row, "legacy only", legacyColumns));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    /** Where each listed column lies among a side's values (-1: that side has no such column, an empty cell). */
    private static int[] positions(Set<String> columns, SideResult side) {
        List<String> own = side.columns();
        return columns.stream().mapToInt(own::indexOf).toArray();
    }

    /** One key's line, unless the key was written already (a key's first row stands for it). */
    private static void line(CsvLineWriter out, Set<String> written, PackedRows.Cursor row, String side, int[] positions) {
        if (!written.add(row.key())) {
            return;
        }
        try {
            out.cell(row.key()).cell(side).cell(Long.toString(row.n()));
            for (int v : positions) {
                if (v < 0 || row.length(v) < 0) {
                    out.nullCell();
                } else {
                    out.cell(row.bytes(), row.start(v), row.length(v));
                }
            }
            out.endLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(SideResult side) {
        Set<String> keys = new java.util.HashSet<>();
        if (side != null) {
            side.forEachKey((key, reason) -> keys.add(key)); // the keys alone: the values stay packed
        }
        return keys;
    }

    private static void csv(Path file, List<String> fields, JsonNode array) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        array.forEach(item -> rows.add(fields.stream().map(f -> item.path(f).isNull() || item.path(f).isMissingNode()
                ? null : item.path(f).asText()).toList()));
        write(file, fields, rows);
    }

    private static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        CsvLineWriter.writeFile(file, out -> {
            out.line(header);
            for (List<String> row : rows) {
                out.line(row);
            }
        });
    }
}
