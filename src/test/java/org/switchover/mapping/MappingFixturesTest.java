package org.switchover.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.project.Project;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the given/expect fixtures that every mapping file carries: the root project's and every project's under examples/. */
class MappingFixturesTest {
    private static final Path MAPPINGS = Path.of("mappings");
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void everyMappingFileIsValidAndItsFixturesPass() {
        // given the shipped mapping set
        MappingSet set = MappingSet.load(MAPPINGS, TransformSettings.defaults());
        // when its fixtures run
        List<String> failures = FixtureRunner.run(set);
        // then all pass, every target table of new-system.md is mapped once, and each file has fixtures
        assertEquals(List.of(), failures);
        assertEquals(org.switchover.project.Project.DEFAULT.targetCatalog().tables().size(), set.files().size());
        set.files().forEach(file -> assertTrue(!file.fixtures().isEmpty(), file.file() + " has no fixtures"));
    }

    @Test
    void everyExampleProjectsMappingFilesAreValidAndTheirFixturesPass() throws IOException {
        // given every project under examples/
        List<Path> examples = examples(EXAMPLES);
        assertFalse(examples.isEmpty(), "examples/ holds at least the CareFirst example");
        for (Path example : examples) {
            Project project = new Project(example);
            // when its mappings load against its own catalogs and their fixtures run
            MappingSet set = MappingSet.load(project.mappings(), project, TransformSettings.defaults());
            // then every fixture passes, and every mapping file carries fixtures
            assertEquals(List.of(), FixtureRunner.run(set), example.toString());
            assertTrue(FixtureRunner.count(set) > 0, example + " has no fixtures");
            set.files().forEach(file -> assertTrue(!file.fixtures().isEmpty(), file.file() + " has no fixtures"));
        }
    }

    @Test
    void anExampleWhoseFixtureNoLongerHoldsFailsTheRun(@TempDir Path dir) throws IOException {
        // given a copy of the CareFirst example whose person fixture expects a sex the lookup does not give
        Path copy = dir.resolve("carefirst-to-ssd");
        copyTree(EXAMPLES.resolve("carefirst-to-ssd"), copy);
        Path person = copy.resolve("mappings/ssd_person.yml");
        String yaml = Files.readString(person);
        String planted = yaml.replace("pers_sex: F, pers_ethnicity: WBRI", "pers_sex: M, pers_ethnicity: WBRI");
        assertTrue(!planted.equals(yaml), "the fixture line to plant in is still there");
        Files.writeString(person, planted);
        // when the examples under dir are run as the test above runs them
        Project project = new Project(examples(dir).get(0));
        List<String> failures = FixtureRunner.run(MappingSet.load(project.mappings(), project, TransformSettings.defaults()));
        // then exactly that fixture fails, named by its file and column
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("ssd_person") && failures.get(0).contains("pers_sex"), failures.get(0));
    }

    @Test
    void loadOrderPutsEveryReferencedTableFirst() {
        // given the shipped mapping set, when it is planned
        var plans = MappingSet.load(MAPPINGS, TransformSettings.defaults()).plans(() -> null);
        // then persons load before contacts, plans before reviews, departments before professionals
        List<String> order = plans.stream().map(p -> p.targetTable()).toList();
        assertTrue(order.indexOf("ssd_person") < order.indexOf("ssd_contacts"));
        assertTrue(order.indexOf("ssd_cp_plans") < order.indexOf("ssd_cp_reviews"));
        assertTrue(order.indexOf("ssd_department") < order.indexOf("ssd_professionals"));
        assertTrue(order.indexOf("ssd_s47_enquiry") < order.indexOf("ssd_initial_cp_conference"));
        assertTrue(order.indexOf("ssd_initial_cp_conference") < order.indexOf("ssd_cp_plans"));
    }

    /** The project folders directly under {@code parent}: those with a mappings/ folder. */
    private static List<Path> examples(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(p -> Files.isDirectory(p.resolve(Project.MAPPINGS))).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(paths::add);
        }
        for (Path source : paths) {
            Path dest = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(dest);
            } else {
                Files.copy(source, dest);
            }
        }
    }
}
