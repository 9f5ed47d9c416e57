package org.switchover.reconcile;

import org.switchover.config.SwitchoverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.mapping.MappingFile;
import org.switchover.mapping.MappingSet;
import org.switchover.testing.MappingCopies;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every mapping implies its counts check; its file's counts: section changes or removes it. */
class CountsChecksTest {
    private static final String COUNTS_FILE = """
            id: counts-ssd_person
            title: "Counts: client -> ssd_person, by hand"
            owner: "Head of Service, Testing"
            meaning: "Every client row is accounted for."
            action: "If FAIL: call the migration lead."
            type: mapping_counts
            parameters: { legacyTable: client, targetTable: ssd_person }
            """;

    @Test
    void everyMappingImpliesOneCountsCheckInFileNameOrder() {
        // given the shipped mappings and checks
        MappingSet mappings = MappingSet.load(MappingCopies.SHIPPED, TransformSettings.defaults());
        // when the checks are loaded
        List<CheckDefinition> checks = CheckLoader.load(SwitchoverSettings.DEFAULT_CHECKS, mappings);
        // then each mapping has exactly its counts check, made from its own tables and its counts: section
        for (MappingFile mapping : mappings.files()) {
            List<CheckDefinition> counts = checks.stream().filter(c -> c.id().equals("counts-" + mapping.target())).toList();
            assertEquals(1, counts.size(), mapping.target());
            CheckDefinition check = counts.get(0);
            assertEquals("Counts: " + mapping.sourceTable() + " -> " + mapping.target(), check.title());
            assertEquals(CheckType.MAPPING_COUNTS, check.type());
            assertEquals(Status.FAIL, check.onMismatch());
            assertEquals(Status.WARN, check.whenFound());
            assertEquals(mapping.counts().owner() == null ? CountsChecks.DEFAULT_OWNER : mapping.counts().owner(), check.owner());
            assertEquals(mapping.file(), check.file());
            assertEquals(mapping.sourceTable(), check.parameter("legacyTable"));
            assertEquals(mapping.target(), check.parameter("targetTable"));
            assertEquals(mapping.explode() == null ? null : mapping.explode().from(), check.parameter("listColumn"));
        }
        assertEquals(mappings.files().size(), checks.stream().filter(c -> c.type() == CheckType.MAPPING_COUNTS).count());
        // the owners the data owners agreed, kept from the check files these replace
        Map<String, String> owners = Map.of("counts-ssd_person", "Head of Service, Children's Social Care",
                "counts-ssd_cp_plans", "Head of Service, Child Protection",
                "counts-ssd_disability", "Head of Service, Children with Disabilities");
        owners.forEach((id, owner) -> assertEquals(owner, checks.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().owner()));
        // and the order is the file names' order, as if every implied check had its own <id>.yml
        assertEquals(checks.stream().sorted(Comparator.comparing(c -> c.id() + ".yml")).toList(), checks);
    }

    @Test
    void aCheckFileWithTheIdOfAnImpliedCheckIsAnErrorNamingBothFiles(@TempDir Path dir) throws IOException {
        // given a checks directory that still has a counts file of its own
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Path file = Files.writeString(checks.resolve("counts-ssd_person.yml"), COUNTS_FILE);
        MappingSet mappings = MappingSet.load(MappingCopies.SHIPPED, TransformSettings.defaults());
        // when the checks are loaded
        ConfigException e = assertThrows(ConfigException.class, () -> CheckLoader.load(checks, mappings));
        // then the file is named at its id, with the mapping that implies the check
        assertEquals(List.of(file + ":1: id 'counts-ssd_person' is the counts check that " + MappingCopies.SHIPPED.resolve("ssd_person.yml")
                + " implies; change it in that file's counts: section, or write counts: off there to define it here"),
                e.problems().stream().map(ConfigProblem::toString).toList());
    }

    @Test
    void countsOffHandsTheIdToACheckFile(@TempDir Path dir) throws IOException {
        // given a mapping that turns its counts check off, and a check file that takes its place
        Path copy = MappingCopies.copyInto(dir);
        MappingCopies.edit(copy, "ssd_person.yml", "\nfixtures:", "\ncounts: off\nfixtures:");
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Path file = Files.writeString(checks.resolve("counts-ssd_person.yml"), COUNTS_FILE);
        // when the checks are loaded
        List<CheckDefinition> loaded = CheckLoader.load(checks, MappingSet.load(copy, TransformSettings.defaults()));
        // then the file's check is the only one with that id, and every other mapping keeps its implied check
        CheckDefinition person = loaded.stream().filter(c -> c.id().equals("counts-ssd_person")).findFirst().orElseThrow();
        assertEquals(file, person.file());
        assertEquals("Head of Service, Testing", person.owner());
        assertEquals(17, loaded.size(), loaded.toString()); // 16 implied, 1 from the file: the directory holds nothing else
    }

    @Test
    void aCountsSectionTakesItsOwnerSeverityAndWhenFoundAndNothingElse(@TempDir Path dir) throws IOException {
        // given one mapping that overrides every part, one with a bad value and an unknown key, one with a bad word
        Path copy = MappingCopies.copyInto(dir);
        MappingCopies.edit(copy, "ssd_person.yml", "\nfixtures:", "\ncounts: { owner: Data Protection Officer, severity: warn, whenFound: pass }\nfixtures:");
        Path contacts = MappingCopies.edit(copy, "ssd_contacts.yml", "counts: { owner: \"Head of Service, Children's Front Door\" }",
                "counts: { severity: fatal, colour: red }");
        Path plans = MappingCopies.edit(copy, "ssd_cin_plans.yml", "counts: { owner: \"Head of Service, Children in Need\" }",
                "counts: maybe");
        // when the broken set is checked
        List<String> problems = MappingSet.check(copy, TransformSettings.defaults()).stream().map(ConfigProblem::toString).toList();
        // then each problem is named at its line, file by file
        assertEquals(List.of(
                plans + ":13: counts: expected 'off' or { owner: ..., severity: ..., whenFound: ... }, found 'maybe'",
                contacts + ":12: counts: unknown key 'colour' (expected one of: owner, severity, whenFound)",
                contacts + ":12: counts: 'severity' is 'fatal'; expected one of fail, warn"), problems);
        // and the good override is the check
        MappingCopies.edit(copy, "ssd_contacts.yml", "counts: { severity: fatal, colour: red }", "");
        MappingCopies.edit(copy, "ssd_cin_plans.yml", "counts: maybe", "");
        CheckDefinition person = CheckLoader.load(SwitchoverSettings.DEFAULT_CHECKS, MappingSet.load(copy, TransformSettings.defaults()))
                .stream().filter(c -> c.id().equals("counts-ssd_person")).findFirst().orElseThrow();
        assertEquals("Data Protection Officer", person.owner());
        assertEquals(Status.WARN, person.onMismatch());
        assertEquals(Status.PASS, person.whenFound());
        assertTrue(person.file().endsWith("ssd_person.yml"));
    }
}
