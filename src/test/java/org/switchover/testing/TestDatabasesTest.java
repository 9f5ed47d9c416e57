package org.switchover.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestDatabases.class)
class TestDatabasesTest {

    @Test
    void givesFreshUniquelyNamedDatabasesOnBothServers(TestDatabases.LegacyDb legacy, TestDatabases.TargetDb target) throws Exception {
        // given the databases the extension made for this class
        // when we look inside them
        try (Connection mysql = legacy.connect(); Statement statement = mysql.createStatement();
             ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            tables.next();
            // then the legacy database exists, is current, and is empty
            assertEquals(0, tables.getInt(1));
        }
        try (Connection pg = target.connect(); Statement statement = pg.createStatement();
             ResultSet db = statement.executeQuery("SELECT current_database()")) {
            db.next();
            assertEquals(target.spec().database(), db.getString(1));
        }
        assertTrue(legacy.spec().database().startsWith("legacy_"));
        assertNotEquals(legacy.spec().database().substring(7), "");
    }

    @Test
    void legacySessionsAcceptZeroDates(TestDatabases.LegacyDb legacy) throws Exception {
        // given a legacy connection, when a zero date is stored, then it is kept as written
        try (Connection mysql = legacy.connect(); Statement statement = mysql.createStatement()) {
            statement.execute("CREATE TABLE z (d DATE)");
            statement.execute("INSERT INTO z VALUES ('0000-00-00')");
            try (ResultSet rs = statement.executeQuery("SELECT CAST(d AS CHAR) FROM z")) {
                rs.next();
                assertEquals("0000-00-00", rs.getString(1));
            } finally {
                statement.execute("DROP TABLE z");
            }
        }
    }
}
