package org.switchover.generate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.switchover.files.PrivateFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a correct migration of the generated data must produce, per the README's "Migration rules as
 * implemented", decided row by row while generating (never read back from the database). {@code censusCodes}
 * gives, per target column filled through a code map ("table.column"), how many loaded rows (or list items) carry
 * each census code, from the code the generator meant when it wrote the legacy value ({@link Coded#census()}).
 * {@code censusChildren} gives, per census year (named by its end), the children its CIN census return holds ({@link CensusTruth}).
 */
@JsonPropertyOrder({"seed", "scale", "asOf", "rowsGenerated", "persons", "mappings", "openDutyCases",
        "openCasesAllocatedToLeftWorkers", "activeCpPlans", "activeCpPlansExcludingOla", "childrenWithMultipleActivePlans",
        "openReferrals", "notMigrated", "missingMandatory", "lossyConversions", "unmappedCodes", "censusCodes", "censusChildren"})
public record GroundTruth(long seed, double scale, String asOf, Map<String, Long> rowsGenerated, long persons,
                          Map<String, MappingCounts> mappings, List<Integer> openDutyCases,
                          List<Integer> openCasesAllocatedToLeftWorkers, Map<String, List<Integer>> activeCpPlans,
                          long activeCpPlansExcludingOla, List<Integer> childrenWithMultipleActivePlans,
                          List<Integer> openReferrals, NotMigrated notMigrated,
                          Map<String, Long> missingMandatory, Map<String, Long> lossyConversions,
                          Map<String, Long> unmappedCodes, Map<String, Map<String, Long>> censusCodes,
                          Map<String, Long> censusChildren) {

    /** Counts of one mapping: read = loaded + every excluded + every rejected. */
    @JsonPropertyOrder({"read", "loaded", "excluded", "rejected"})
    public record MappingCounts(long read, long loaded, Map<String, Long> excluded, Map<String, Long> rejected) {
    }

    /**
     * The headline records the generator planted that cannot migrate (their client is missing, 0, -1, or its merge chain
     * is broken), which the legacy side of the headlines still counts: openDutyCases, activeCpPlans, activeCpPlansExcludingOla
     * and openReferrals above are the migrated ones only. Every open referral that cannot migrate is also an open duty case.
     */
    @JsonPropertyOrder({"openReferrals", "openDutyCases", "activeCpPlans", "activeCpPlansByCategory", "activeCpPlansExcludingOla"})
    public record NotMigrated(List<Unmigratable> openReferrals, List<Unmigratable> openDutyCases, List<Unmigratable> activeCpPlans,
                              Map<String, List<Integer>> activeCpPlansByCategory, long activeCpPlansExcludingOla) {
    }

    /** One headline record that cannot migrate: its id, the client_no it names and the mapping's reject reason. */
    @JsonPropertyOrder({"id", "clientNo", "reason"})
    public record Unmigratable(int id, int clientNo, String reason) {
    }

    /** All active CP plan reg_ids, whatever their category, in ascending order. */
    public List<Integer> allActiveCpPlans() {
        return activeCpPlans.values().stream().flatMap(List::stream).sorted().toList();
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            PrivateFiles.createDirectories(parent);
        }
        PrivateFiles.write(file, mapper().writeValueAsBytes(this));
    }

    public static GroundTruth read(Path file) throws IOException {
        return mapper().readValue(file.toFile(), GroundTruth.class);
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
