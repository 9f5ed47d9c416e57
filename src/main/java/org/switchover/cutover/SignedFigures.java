package org.switchover.cutover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.switchover.config.ConfigurationException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legacy figures of the reconciliation.json the data owners signed (its SHA-256 is bound by their sign-off, so
 * this is what they saw): per mapping {@code tables[].legacyCount}, and the headlines' {@code legacy}.
 *
 * @param tables    legacy count by "legacyTable -> targetTable"
 * @param headlines legacy figure by check id, for the headlines the report has
 */
record SignedFigures(Path file, LocalDate asOf, Map<String, Long> tables, Map<String, Long> headlines) {
    /** Headline sections of the report and the check each comes from; openReferrals only in reports that have it. */
    static final Map<String, String> HEADLINE_CHECKS = Map.of(
            "openDutyCases", "open-duty-cases",
            "openReferrals", "open-referrals",
            "activeCpPlans", "active-cp-plans");
    /** What a refusal calls each headline, in the order it names them. */
    static final Map<String, String> HEADLINE_NAMES = names();

    static SignedFigures read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigurationException("the signed report " + file + " cannot be read: " + e.getMessage());
        }
        Map<String, Long> tables = new LinkedHashMap<>();
        for (JsonNode table : root.path("tables")) {
            tables.put(table.path("legacyTable").asText() + " -> " + table.path("targetTable").asText(), table.path("legacyCount").asLong());
        }
        Map<String, Long> headlines = new LinkedHashMap<>();
        HEADLINE_NAMES.keySet().forEach(section -> {
            JsonNode legacy = root.path(section).path("legacy");
            if (legacy.canConvertToLong()) {
                headlines.put(HEADLINE_CHECKS.get(section), legacy.asLong());
            }
        });
        return new SignedFigures(file, LocalDate.parse(root.path("asOf").asText()), tables, headlines);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("openDutyCases", "open duty cases");
        names.put("openReferrals", "open referrals");
        names.put("activeCpPlans", "active CP plans");
        return names;
    }

    /** "open duty cases" for "open-duty-cases". */
    static String headlineName(String checkId) {
        return HEADLINE_CHECKS.entrySet().stream().filter(e -> e.getValue().equals(checkId)).map(e -> HEADLINE_NAMES.get(e.getKey()))
                .findFirst().orElse(checkId);
    }
}
