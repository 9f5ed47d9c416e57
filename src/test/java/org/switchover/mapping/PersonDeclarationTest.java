package org.switchover.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigProblem;
import org.switchover.pipeline.MappingPlan;
import org.switchover.testing.MappingCopies;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which mapping is the person, and how its merges chain, is declared in the mapping files and checked there. */
class PersonDeclarationTest {
    private static final Path MAPPINGS = Path.of("mappings");

    @Test
    void theShippedPersonIsDeclaredWithItsMerges() {
        // given the shipped mapping set
        MappingSet set = MappingSet.load(MAPPINGS, TransformSettings.defaults());
        // when its person is asked for
        PersonMapping person = set.person().orElseThrow();
        // then it is the mapping that declares role: person, with its target key and the column fed by its declared
        // reference, and the merge query is built from its declared names
        MappingFile declaring = set.files().stream().filter(MappingFile::isPerson).findFirst().orElseThrow();
        assertEquals(1, set.files().stream().filter(MappingFile::isPerson).count());
        assertEquals(new PersonMapping(declaring.id(), declaring.target(), declaring.sourceTable(), declaring.sourceKey(),
                declaring.mergedInto(), "pers_person_id", "pers_legacy_id"), person);
        assertEquals("SELECT `" + declaring.sourceKey() + "`, `" + declaring.mergedInto() + "` FROM `" + declaring.sourceTable() + "`",
                person.mergesQuery());
    }

    @Test
    void aPersonWithoutMergesHasOnlySurvivorsAndBadNamesNeverReachSql() {
        // given a person that declares no merged_into, and one whose declared table is not a plain name
        PersonMapping noMerges = new PersonMapping("people", "people", "member", "mem_id", null, "id", null);
        PersonMapping injected = new PersonMapping("people", "people", "member; DROP TABLE x", "mem_id", null, "id", null);
        // when / then
        assertEquals("SELECT `mem_id`, NULL FROM `member`", noMerges.mergesQuery());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, injected::mergesQuery);
        assertTrue(e.getMessage().contains("member; DROP TABLE x"), e.getMessage());
    }

    @Test
    void plansCarryWhatADeltaNeedsWithoutLookingAtFiles() {
        // given the shipped mapping set
        MappingSet set = MappingSet.load(MAPPINGS, TransformSettings.defaults());
        PersonMapping person = set.person().orElseThrow();
        // when it is planned
        List<MappingPlan> plans = set.plans(() -> null);
        // then exactly the person's plan says so, every plan names the column holding its legacy key,
        // and a person reference resolves to the person's target through the merges
        assertEquals(List.of(person.mappingId()), plans.stream().filter(p -> p.keys().person()).map(MappingPlan::mappingId).toList());
        for (MappingFile file : set.files()) {
            MappingPlan plan = plans.stream().filter(p -> p.mappingId().equals(file.id())).findFirst().orElseThrow();
            assertEquals(file.legacyKeyColumn(), plan.keys().legacyKeyColumn());
            assertTrue(file.columns().get(plan.keys().legacyKeyColumn()).from().equals(List.of(file.sourceKey())), file.id());
            List<MappingPlan.Reference> expected = file.columns().values().stream()
                    .filter(c -> c.ref() != null && c.from().size() == 1)
                    .map(c -> References.PERSON.equals(c.ref()) ? new MappingPlan.Reference(c.from().get(0), person.targetTable(), true)
                            : new MappingPlan.Reference(c.from().get(0), c.ref(), false)).toList();
            assertEquals(expected, plan.keys().references(), file.id());
        }
    }

    @Test
    void twoPersonsAreAProblemNamingBoth(@TempDir Path dir) throws IOException {
        // given a copy of the mappings where a second file also declares role: person
        Path mappings = MappingCopies.copyInto(dir);
        Path person = mappings.resolve("ssd_person.yml");
        Path department = MappingCopies.edit(mappings, "ssd_department.yml", "doc: One department per legacy team.\n",
                "doc: One department per legacy team.\nrole: person\n");
        // when checked
        List<String> problems = check(mappings);
        // then the later declaration (in file order) is named with the earlier one's file and line
        assertEquals(List.of(person + ":5: role: person is already declared by " + department + ":4; only one mapping can be the person"),
                problems);
    }

    @Test
    void usingThePersonWithoutADeclarationIsAProblemAtTheFirstUse(@TempDir Path dir) throws IOException {
        // given a copy of the mappings where no file declares role: person
        Path mappings = MappingCopies.copyInto(dir);
        Path person = mappings.resolve("ssd_person.yml");
        Files.writeString(person, Files.readString(person).replaceFirst("role: person[^\n]*\n", "")
                .replace(" merged_into: merged_into,", ""));
        // when checked
        List<String> problems = check(mappings);
        // then each file that uses the person is named at its first use: a rule, or a column's ref
        String missing = ": uses the person (ref: person or a predicate on persons), but no mapping declares 'role: person'";
        assertTrue(problems.contains(person + ":7" + missing), problems.toString());
        assertTrue(problems.contains(mappings.resolve("ssd_contacts.yml") + ":7" + missing), problems.toString());
        assertTrue(problems.contains(mappings.resolve("ssd_assessment_factors.yml") + ":8" + missing), problems.toString());
        // every mapping but ssd_department, ssd_professionals and ssd_cp_reviews uses it
        assertEquals(14, problems.size(), problems.toString());
    }

    @Test
    void mergesBelongToThePersonAndRuleReferencesAreChecked(@TempDir Path dir) throws IOException {
        // given merges declared on another mapping, a lookup predicate without its ref, and one on a table that does not exist
        Path mappings = MappingCopies.copyInto(dir);
        Path address = MappingCopies.edit(mappings, "ssd_address.yml", "source: { table: client, key: client_no }",
                "source: { table: client, key: client_no, merged_into: merged_into }");
        MappingCopies.edit(mappings, "ssd_assessment_factors.yml", "when: { unknown_person: client_no }",
                "when: { unknown_reference: client_no }");
        Path factors = MappingCopies.edit(mappings, "ssd_assessment_factors.yml", "ref: ssd_cin_episodes } }", "ref: ssd_referrals } }");
        // when checked
        List<String> problems = check(mappings);
        // then each is named at its line
        assertTrue(problems.contains(address + ":4: source: merged_into belongs to the mapping with 'role: person', and this mapping is not it"),
                problems.toString());
        assertTrue(problems.contains(factors + ":8: reject 'unknown_client': predicate 'unknown_reference' needs { column: COLUMN, ref: REFERENCE }"),
                problems.toString());
        assertTrue(problems.contains(factors + ":9: reject 'unknown_referral': ref 'ssd_referrals' is neither 'person' nor a target table"),
                problems.toString());
        assertEquals(3, problems.size(), problems.toString());
    }

    private static List<String> check(Path mappings) {
        return MappingSet.check(mappings, TransformSettings.defaults()).stream().map(ConfigProblem::toString).toList();
    }
}
