package org.switchover.mapping;

import org.junit.jupiter.api.Test;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the given/expect fixtures that every mapping file carries. */
class MappingFixturesTest {
    private static final Path MAPPINGS = Path.of("mappings");

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
}
