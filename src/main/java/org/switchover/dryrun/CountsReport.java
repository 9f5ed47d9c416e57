package org.switchover.dryrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.switchover.db.ConnectionSpec;
import org.switchover.files.PrivateFiles;
import org.switchover.run.EngineResult;
import org.switchover.run.MappingCounts;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TreeMap;

/**
 * The dry run's per-table counts (counts.json) and the summary table printed at its end: per
 * mapping, read / loaded / excluded / rejected with the rules and reasons, and seconds.
 * Counts only: no names, no dates of birth, no legacy values.
 */
public final class CountsReport {
    /** File name of the counts report inside the report directory. */
    public static final String FILE_NAME = "counts.json";

    private CountsReport() {
    }

    static void write(Path reportDir, EngineResult result, ConnectionSpec legacy, ConnectionSpec target, String mappingHash, LocalDate asOf) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("runId", result.runId());
        root.put("status", result.status().name());
        root.put("legacy", legacy.identity());
        root.put("target", target.identity());
        root.put("mappingHash", mappingHash);
        root.put("asOf", asOf.toString());
        if (result.failure() != null) {
            root.put("failure", result.failure());
        }
        ArrayNode tables = root.putArray("tables");
        for (MappingCounts counts : result.mappings()) {
            ObjectNode table = tables.addObject();
            table.put("legacyTable", counts.legacyTable());
            table.put("targetTable", counts.targetTable());
            table.put("read", counts.read());
            table.put("loaded", counts.loaded());
            table.put("excluded", counts.excluded());
            table.put("rejected", counts.rejected());
            table.put("balanced", counts.read() == counts.loaded() + counts.excluded() + counts.rejected());
            table.set("excludedByRule", json.valueToTree(new TreeMap<>(counts.excludedByRule())));
            table.set("rejectedByReason", json.valueToTree(new TreeMap<>(counts.rejectedByReason())));
            table.put("seconds", Math.round(counts.seconds() * 1000) / 1000.0);
        }
        ArrayNode unmapped = root.putArray("unmappedCodes");
        for (UnmappedCodes.Code code : UnmappedCodes.of(target, result.runId())) {
            ObjectNode entry = unmapped.addObject();
            entry.put("legacyTable", code.legacyTable());
            entry.put("column", code.column());
            entry.put("value", code.value());
            entry.put("occurrences", code.occurrences());
        }
        try {
            PrivateFiles.createDirectories(reportDir);
            PrivateFiles.write(reportDir.resolve(FILE_NAME), json.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the counts report in " + reportDir, e);
        }
    }

    /** The end-of-run summary: table, read, loaded, excluded, rejected, seconds. */
    public static void printSummary(EngineResult result, PrintStream out) {
        String format = "%-20s %-28s %10s %10s %10s %10s %9s%n";
        out.printf(format, "legacy table", "target table", "read", "loaded", "excluded", "rejected", "seconds");
        long read = 0;
        long loaded = 0;
        long excluded = 0;
        long rejected = 0;
        for (MappingCounts c : result.mappings()) {
            out.printf(format, c.legacyTable(), c.targetTable(), c.read(), c.loaded(), c.excluded(), c.rejected(),
                    String.format("%.1f", c.seconds()));
            read += c.read();
            loaded += c.loaded();
            excluded += c.excluded();
            rejected += c.rejected();
        }
        out.printf(format, "total", "", read, loaded, excluded, rejected, "");
    }
}
