package org.switchover.db;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What drivers and pools say about a URL reaches stderr without its user info, query string or password settings. */
class RedactionTest {
    @Test
    void theWordsOfDriversAndPoolsLoseUserInfoQueryAndPasswords() {
        // given the texts DriverManager, HikariCP and a host block would print
        // when scrubbed, then only scheme, host, port and database remain
        assertEquals("No suitable driver found for jdbc:mariadb://host/db?…",
                Redaction.scrub("No suitable driver found for jdbc:mariadb://u:PW@host/db?password=PW"));
        assertEquals("Failed to get driver instance for jdbcUrl=jdbc:mysql://h:3306/db?…",
                Redaction.scrub("Failed to get driver instance for jdbcUrl=jdbc:mysql://reader@h:3306/db?sslMode=REQUIRED"));
        assertEquals("bad URL 'jdbc:mysql://(host=h,password=…)/db'",
                Redaction.scrub("bad URL 'jdbc:mysql://(host=h,password=PW)/db'"));
        assertEquals("login with pwd=… refused", Redaction.scrub("login with pwd=PW refused"));
        assertEquals("nothing to hide in 127.0.0.1:3306/legacy", Redaction.scrub("nothing to hide in 127.0.0.1:3306/legacy"));
    }

    @Test
    void aQueryValueTheDriverQuotesBackIsHidden() {
        // given Connector/J's words for a value it does not accept, from a URL that was given
        String url = "jdbc:mysql://h:3306/db?allowPublicKeyRetrieval=maybe-Secret";
        String driver = "The connection property 'allowPublicKeyRetrieval' acceptable values are: 'TRUE', 'FALSE', 'YES' or 'NO'. "
                + "The value 'maybe-Secret' is not acceptable.";
        // when scrubbed of that URL, then the value is gone and the rest kept
        assertEquals("The connection property 'allowPublicKeyRetrieval' acceptable values are: 'TRUE', 'FALSE', 'YES' or 'NO'. "
                + "The value '…' is not acceptable.", Redaction.scrub(driver, url));
    }

    @Test
    void aUrlNoDriverTakesIsNamedByHostAndDatabase() {
        // given a URL of a scheme no driver on the class path takes (DriverManager would print it whole)
        ConnectionSpec spec = new ConnectionSpec(DatabaseRole.TARGET, "jdbc:oracle://reader@h:3306/db?sslMode=verify-full", "u", "");
        // when connected to, single and pooled, then the failure names host:port/database and the scheme only
        String expected = "cannot connect to the target database h:3306/db: no JDBC driver of the toolkit takes jdbc:oracle: URLs";
        assertEquals(expected, assertThrows(DatabaseUnavailableException.class, () -> Databases.connect(spec).close()).getMessage());
        assertEquals(expected, assertThrows(DatabaseUnavailableException.class, () -> Databases.pool(spec, 1).close()).getMessage());
    }

    @Test
    void aConnectFailureIsScrubbedOfItsUrl() {
        // given a driver failure whose words hold the URL
        ConnectionSpec spec = new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://h:5432/db?sslmode=verify-full", "u", "");
        SQLException cause = new SQLException("cannot reach " + spec.url() + " (sslmode=verify-full)");
        // when it becomes the toolkit's failure, then the URL is its redacted form and the query is gone
        assertEquals("cannot connect to the target database h:5432/db: cannot reach jdbc:postgresql://h:5432/db?… (…)",
                new DatabaseUnavailableException(spec, cause).getMessage());
    }
}
