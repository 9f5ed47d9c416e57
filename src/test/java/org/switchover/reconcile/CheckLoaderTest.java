package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.switchover.config.SwitchoverSettings;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigException;
import org.switchover.mapping.MappingSet;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks shipped in reconciliation/ load; broken check files are reported by file and line, all at once. */
class CheckLoaderTest {

    private static final MappingSet MAPPINGS = MappingSet.load(java.nio.file.Path.of(SwitchoverSettings.DEFAULT_MAPPINGS), TransformSettings.defaults());

    @Test
    void theShippedChecksLoadWithEveryTypeAndComparison() {
        // when: the repository's checks are loaded
        List<CheckDefinition> checks = CheckLoader.load(SwitchoverSettings.DEFAULT_CHECKS, MAPPINGS);
        // then: one counts check per mapping, one per mandatory field, and the report's named sections are all there
        assertEquals(MAPPINGS.files().size(), checks.stream().filter(c -> c.type() == CheckType.MAPPING_COUNTS).count());
        assertEquals(11, checks.stream().filter(c -> c.type() == CheckType.NOT_NULL).count());
        assertEquals(EnumSet.allOf(CheckType.class), checks.stream().map(CheckDefinition::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckType.class))));
        assertEquals(EnumSet.allOf(Comparison.class), checks.stream().map(CheckDefinition::compare).collect(Collectors.toCollection(() -> EnumSet.noneOf(Comparison.class))));
        Set<String> ids = checks.stream().map(CheckDefinition::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("open-duty-cases", ReportSections.LEFT_WORKERS,
                "active-cp-plans", ReportSections.MULTIPLE_ACTIVE)), ids::toString);
        // and each of the report's headline sections is fed by the check that declares it (headline: ...)
        Map<String, String> headlines = new java.util.LinkedHashMap<>();
        checks.stream().filter(c -> c.headline() != null).forEach(c -> headlines.put(c.headline(), c.id()));
        assertEquals(Map.of(ReportSections.OPEN_DUTY_CASES, "open-duty-cases", ReportSections.OPEN_REFERRALS, "open-referrals",
                ReportSections.ACTIVE_CP_PLANS, "active-cp-plans"), headlines);
        // and a not_null check joins the declared person for the child's reference
        CheckDefinition missingSex = checks.stream().filter(c -> c.id().equals("missing-person-sex")).findFirst().orElseThrow();
        assertEquals("pers_legacy_id", missingSex.parameter("personRef"));
        assertEquals("ssd_person", missingSex.parameter("personTable"));
        assertTrue(checks.stream().allMatch(c -> c.owner().startsWith("Head of Service") || c.owner().equals("Data Migration Lead")));
        // and every check, implied ones too, tells its owner what it means and what to do, in plain words
        for (CheckDefinition check : checks) {
            assertTrue(check.meaning() != null && check.meaning().endsWith(".") && !check.meaning().contains("{"), check.id() + ": " + check.meaning());
            assertTrue(check.action() != null && check.action().endsWith("."), check.id() + ": " + check.action());
        }
        assertEquals("Every row of legacy referral is accounted for in ssd_cin_episodes: loaded, left out by a migration rule, "
                + "or rejected with a reason.", checks.stream().filter(c -> c.id().equals("counts-ssd_cin_episodes")).findFirst().orElseThrow().meaning());
    }

    @Test
    void aCheckWithoutMeaningOrActionOrWithAnEssayIsRefusedWithTheExactMessage(@TempDir Path dir) throws IOException {
        // given: one check without meaning and action, one whose meaning is far longer than a sentence
        Files.createDirectories(dir.resolve("sql"));
        Files.writeString(dir.resolve("sql/t.sql"), "SELECT 1");
        String body = "title: T\nowner: \"Head of Service, Testing\"\ntype: custom\ncompare: threshold\ntarget: sql/t.sql\n";
        Files.writeString(dir.resolve("silent.yml"), "id: silent\n" + body);
        Files.writeString(dir.resolve("wordy.yml"), "id: wordy\n" + body + "meaning: \"" + "x".repeat(201) + "\"\naction: Accept it.\n");
        // when
        ConfigException e = assertThrows(ConfigException.class, () -> CheckLoader.load(dir, MAPPINGS));
        // then
        assertHas(e, "silent.yml", 1, "missing 'meaning': say in one plain-English sentence what the check finds");
        assertHas(e, "silent.yml", 1, "missing 'action': say what the owner does when it is not PASS (fix in legacy, accept, "
                + "or nothing: carried over faithfully)");
        assertHas(e, "wordy.yml", 7, "'meaning' is 201 characters; keep it to 200 (say in one plain-English sentence what the check finds)");
        assertEquals(3, e.problems().size(), e::getMessage);
    }

    @Test
    void aFamilyFolderLoadsWithItsRuleAndAHalfDeclaredRuleIsNamed(@TempDir Path dir) throws IOException {
        // given: a census family folder with one complete rule check and one that names a rule without its message
        Files.createDirectories(dir.resolve("sql"));
        Files.createDirectories(dir.resolve("census"));
        Files.writeString(dir.resolve("sql/q.sql"), "SELECT 1");
        String check = """
                id: %s
                title: A rule
                owner: Head of Service, Testing
                meaning: Plans that end before they start.
                action: Fix before the first return.
                rule: "8925"
                %s
                personal: [dob]
                type: custom
                compare: equal_keys
                legacy: sql/q.sql
                target: sql/q.sql
                """;
        Files.writeString(dir.resolve("census/census-8925.yml"), check.formatted("census-8925", "message: \"Ends before it starts\""));
        Files.writeString(dir.resolve("census/census-8930.yml"), check.formatted("census-8930", ""));
        // when
        ConfigException e = assertThrows(ConfigException.class, () -> CheckLoader.load(dir, MAPPINGS));
        // then: only the half-declared one is a problem, at its rule line
        assertHas(e, "census-8930.yml", 6, "a census rule check needs both rule: and message:");
        assertEquals(1, e.problems().size(), e::getMessage);
        // when the broken one is removed, the folder's check loads with its rule, message and personal columns
        Files.delete(dir.resolve("census/census-8930.yml"));
        CheckDefinition loaded = CheckLoader.load(dir, MAPPINGS).stream().filter(c -> c.id().equals("census-8925")).findFirst().orElseThrow();
        assertEquals(List.of("8925", "Ends before it starts", List.of("dob")), List.of(loaded.rule(), loaded.message(), loaded.personal()));
    }

    @Test
    void everyProblemIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        // given: a directory of broken checks
        Files.createDirectories(dir.resolve("sql"));
        Files.writeString(dir.resolve("sql/present.sql"), "SELECT 1");
        Files.writeString(dir.resolve("bad-values.yml"), """
                id: bad-values
                title: Bad values
                owner: Head of Service, Testing
                severity: fatal
                type: custom
                compare: equal_keys
                legacy: sql/present.sql
                target: sql/missing.sql
                colour: red
                """);
        Files.writeString(dir.resolve("wrong-id.yml"), """
                id: another-name
                title: Wrong id
                owner: Head of Service, Testing
                type: not_null
                parameters: { table: ssd_person, field: "pers_sex; DROP TABLE x" }
                """);
        Files.writeString(dir.resolve("no-type.yml"), "id: no-type\ntitle: No type\nowner: Someone\n");
        // when
        ConfigException e = assertThrows(ConfigException.class, () -> CheckLoader.load(dir, MAPPINGS));
        // then: each problem at its file and line
        assertHas(e, "bad-values.yml", 4, "'severity' is 'fatal'; expected one of");
        assertHas(e, "bad-values.yml", 8, "does not exist");
        assertHas(e, "bad-values.yml", 9, "unknown key 'colour'");
        assertHas(e, "wrong-id.yml", 1, "id 'another-name' must equal the file name 'wrong-id'");
        assertHas(e, "wrong-id.yml", 5, "parameter 'field' must be a plain name");
        assertHas(e, "wrong-id.yml", 1, "a not_null check needs a legacy query");
        assertHas(e, "no-type.yml", 1, "missing 'type'");
        assertHas(e, "wrong-id.yml", 5, "a not_null check without a target query needs parameters 'key' and 'personColumn'");
        assertHas(e, "no-type.yml", 1, "missing 'compare'");
        assertHas(e, "no-type.yml", 1, "missing 'meaning'");
        assertEquals(15, e.problems().size(), e::getMessage);
    }

    @Test
    void aFragmentCallThatIsNotOneIsAnErrorNotSqlText(@TempDir Path dir) throws java.io.IOException {
        // given a fragment whose name has digits, and a call the syntax does not allow (a capital letter)
        java.nio.file.Files.createDirectories(dir.resolve("sql/fragments"));
        java.nio.file.Files.writeString(dir.resolve("sql/fragments/s47_kept.sql"), "-- why\nSELECT {arg}");
        SqlTemplate template = new SqlTemplate(dir);
        // when filled, then the name with digits expands, and the bad call is refused naming the file and the call
        assertEquals("SELECT 1 FROM (SELECT 42) x", template.fill("SELECT 1 FROM ({{s47_kept 42}}) x", "check.sql", Map.of()));
        var e = assertThrows(org.switchover.config.ConfigurationException.class,
                () -> template.fill("SELECT * FROM {{Kept}}", "check.sql", Map.of()));
        assertEquals("check.sql: {{Kept}} is not a fragment: write {{name}} or {{name argument}}, the name in lower-case letters,"
                + " digits and _", e.getMessage());
    }

    @Test
    void aPlaceholderThatIsNotKnownIsAnError(@TempDir Path dir) {
        // given: SQL with a placeholder no one fills
        SqlTemplate template = new SqlTemplate(dir);
        // when / then
        var e = assertThrows(org.switchover.config.ConfigurationException.class,
                () -> template.fill("SELECT * FROM {nowhere}", "check.sql", Map.of("asOf", "'2019-01-31'")));
        assertTrue(e.getMessage().contains("check.sql: unknown placeholder {nowhere}"), e.getMessage());
    }

    @Test
    void fragmentsAreExpandedWithTheirArgument(@TempDir Path dir) throws IOException {
        // given: a fragment using another fragment and a value
        Files.createDirectories(dir.resolve("sql/fragments"));
        Files.writeString(dir.resolve("sql/fragments/outer.sql"), "-- explains itself\n({{inner {arg}}} > {asOf})\n");
        Files.writeString(dir.resolve("sql/fragments/inner.sql"), "DATE({arg})");
        // when
        String sql = new SqlTemplate(dir).fill("SELECT 1 WHERE {{outer r.ref_dt}}", "x.sql", Map.of("asOf", "'2019-01-31'"));
        // then
        assertEquals("SELECT 1 WHERE (DATE(r.ref_dt) > '2019-01-31')", sql);
    }

    private static void assertHas(ConfigException e, String file, int line, String text) {
        assertTrue(e.problems().stream().anyMatch(p -> p.file().getFileName().toString().equals(file) && p.line() == line
                && p.message().contains(text)), () -> "no problem '" + text + "' at " + file + ":" + line + " in:\n" + e.getMessage());
    }
}
