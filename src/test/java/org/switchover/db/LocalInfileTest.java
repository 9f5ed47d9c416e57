package org.switchover.db;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.testing.FakeMysqlServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A MySQL server that asks for a local file (LOAD DATA LOCAL INFILE's 0xFB request, which a server may send
 * in answer to any query) gets nothing from the toolkit's connections, single or pooled: the client sends
 * no byte of the file and the connection fails. The same server does get the file from a client that allows
 * LOCAL INFILE (MySQL Connector/J's, the toolkit's legacy driver before MariaDB Connector/J). The toolkit's own
 * connections below go through MariaDB Connector/J.
 */
class LocalInfileTest {
    private static final String FILE_CONTENT = "TARGET_PASSWORD=never-leaves-this-machine";

    @Test
    void aHostileServerGetsTheFileFromAClientThatAllowsLocalInfile(@TempDir Path dir) throws Exception {
        // given a file the server asks for, and a plain Connector/J client with LOCAL INFILE on
        Path file = secretFile(dir);
        try (FakeMysqlServer server = FakeMysqlServer.requesting(file.toString())) {
            Properties properties = new Properties();
            properties.setProperty("user", "root");
            properties.setProperty("allowLoadLocalInfile", "true");
            // when it connects (the server asks at the driver's first query)
            assertThrows(SQLException.class, () -> DriverManager.getConnection(server.url("legacy"), properties).close());
            // then the server has read the file: this server can catch a leak
            assertEquals(1, server.fileRequests());
            assertEquals(FILE_CONTENT, received(server));
        }
    }

    @Test
    void aSingleConnectionSendsNoByteOfTheFile(@TempDir Path dir) throws Exception {
        // given the same server on a legacy URL
        Path file = secretFile(dir);
        try (FakeMysqlServer server = FakeMysqlServer.requesting(file.toString())) {
            ConnectionSpec legacy = new ConnectionSpec(DatabaseRole.LEGACY, server.url("legacy"), "root", "");
            // when the toolkit connects
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> close(Databases.connect(legacy)));
            // then the server asked, the client sent nothing, and the connection failed naming the database
            assertEquals(1, server.fileRequests());
            assertArrayEquals(new byte[0], server.received(), () -> "the client sent: " + received(server));
            assertTrue(e.getMessage().startsWith("cannot connect to the legacy database 127.0.0.1:"), e.getMessage());
        }
    }

    @Test
    void aPoolSendsNoByteOfTheFile(@TempDir Path dir) throws Exception {
        // given the same server, reached as a pool (the pool retries until its timeout, each time asked for the file)
        Path file = secretFile(dir);
        try (FakeMysqlServer server = FakeMysqlServer.requesting(file.toString())) {
            ConnectionSpec legacy = new ConnectionSpec(DatabaseRole.LEGACY, server.url("legacy"), "root", "");
            // when the toolkit opens a pool
            assertThrows(DatabaseUnavailableException.class, () -> close(Databases.pool(legacy, 1)));
            // then every request went unanswered
            assertTrue(server.fileRequests() >= 1, "requests: " + server.fileRequests());
            assertArrayEquals(new byte[0], server.received(), () -> "the client sent: " + received(server));
        }
    }

    private static Path secretFile(Path dir) throws Exception {
        Path file = dir.resolve("environ");
        Files.writeString(file, FILE_CONTENT, StandardCharsets.UTF_8);
        return file;
    }

    private static String received(FakeMysqlServer server) {
        return new String(server.received(), StandardCharsets.UTF_8);
    }

    private static void close(Connection connection) throws SQLException {
        connection.close();
    }

    private static void close(HikariDataSource pool) {
        pool.close();
    }
}
