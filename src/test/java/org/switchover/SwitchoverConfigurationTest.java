package org.switchover;

import org.junit.jupiter.api.Test;
import org.switchover.config.ConfigurationException;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The facade refuses to build from settings that cannot run, and says exactly why. */
class SwitchoverConfigurationTest {

    @Test
    void nothingConfiguredNamesEveryMissingSetting() {
        // given a builder with a missing mapping directory and no databases
        Switchover.Builder builder = Switchover.configure().mappings(Path.of("no-such-dir")).reportDir(null);
        // when validated, then every problem is named, in a stable order
        assertEquals(List.of(
                "legacy database: not configured (--legacy-url)",
                "target database: not configured (--target-url)",
                "mappings: directory no-such-dir does not exist",
                "report directory: not configured (--report-dir)"), builder.validate());
        ConfigurationException e = assertThrows(ConfigurationException.class, builder::build);
        assertEquals("legacy database: not configured (--legacy-url); target database: not configured (--target-url); "
                + "mappings: directory no-such-dir does not exist; report directory: not configured (--report-dir)", e.getMessage());
    }

    @Test
    void aCompleteConfigurationBuildsAndKeepsItsSettings() {
        ConnectionSpec legacy = new ConnectionSpec(DatabaseRole.LEGACY, "jdbc:mysql://127.0.0.1:3306/legacy", "root", "");
        ConnectionSpec target = new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://127.0.0.1:5432/switchover", "postgres", "");
        Switchover.Builder builder = Switchover.configure().legacy(legacy).target(target);
        Switchover built = builder.build();
        // a later change to the builder does not reach the built instance
        builder.legacy(target);
        assertEquals(legacy, built.legacy());
        assertEquals(List.of(), Switchover.configure().legacy(legacy).target(target).validate());
    }
}
