package org.switchover.census;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.Switchover;
import org.switchover.config.ConfigurationException;
import org.switchover.schema.TargetSchema;
import org.switchover.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@ExtendWith(TestDatabases.class)
class CensusPreconditionsTest {
    @Test
    void aTargetThatHoldsNoLoadGivesNoReturn(TestDatabases.TargetDb target, @TempDir Path dir) {
        // given a target with its schemas and not one row loaded (a careless --target-url)
        TargetSchema.migrate(target.spec());
        Path out = dir.resolve("cin_census_2019.xml");
        // when the census return is asked of it
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> Switchover.configure().target(target.spec()).build().census(2019, "840", out));
        // then it is refused, naming the target, and no file is written (an empty return would look like a real one)
        assertEquals("the target database " + target.spec().identity() + " holds no dry run or final load: there is "
                + "nothing to make a census return from", refused.getMessage());
        assertFalse(Files.exists(out));
    }
}
