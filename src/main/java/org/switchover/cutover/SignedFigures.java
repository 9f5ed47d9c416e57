package org.switchover.cutover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.switchover.config.ConfigurationException;
import org.switchover.reconcile.ReportSections;

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
 * @param names     what a refusal calls each headline check (its report section's name), by check id
 */
record SignedFigures(Path file, LocalDate asOf, Map<String, Long> tables, Map<String, Long> headlines, Map<String, String> names) {
    /**
     * Reads the signed report; {@code headlineChecks} says which of the project's checks feeds each headline section
     * (their {@code headline:}), a section no check feeds is not compared.
     */
    static SignedFigures read(Path file, Map<String, String> headlineChecks) {
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
        Map<String, String> names = new LinkedHashMap<>();
        ReportSections.HEADLINE_SECTIONS.forEach((section, name) -> {
            JsonNode legacy = root.path(section).path("legacy");
            String check = headlineChecks.get(section);
            if (check != null && legacy.canConvertToLong()) {
                headlines.put(check, legacy.asLong());
                names.put(check, name);
            }
        });
        return new SignedFigures(file, LocalDate.parse(root.path("asOf").asText()), tables, headlines, names);
    }

    /** "open duty cases" for the check that feeds openDutyCases. */
    String headlineName(String checkId) {
        return names.getOrDefault(checkId, checkId);
    }
}
