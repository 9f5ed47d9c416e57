package org.switchover.cli;

import org.switchover.config.SwitchoverSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchover.db.DatabaseRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml, the SwitchoverSettings constants and README's "Run against real servers" say the same thing. */
class DockerComposeTest {
    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");
    private static final Path README = Path.of("README.md");
    private static final String README_SECTION = "## Run against real servers";
    /** "${LEGACY_PASSWORD:-switchover}" → LEGACY_PASSWORD */
    private static final Pattern VARIABLE = Pattern.compile("^\\$\\{(\\w+)(:-[^}]*)?}$");

    private static JsonNode compose;

    @BeforeAll
    static void readComposeFile() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE_FILE.toFile());
    }

    @Test
    void legacyServiceIsMysql8WithZeroDatesNoLocalInfileAndTheDefaultPortAndDatabase() {
        // given the parsed compose file, when the legacy service is read
        JsonNode legacy = compose.path("services").path("legacy");
        // then it is MySQL 8.0 on the default port, with the default database and a root password variable
        assertEquals("mysql:8.0", legacy.path("image").asText());
        assertEquals(List.of(SwitchoverSettings.LEGACY_PORT + ":" + SwitchoverSettings.LEGACY_PORT), texts(legacy.path("ports")));
        assertEquals(SwitchoverSettings.LEGACY_DATABASE, legacy.path("environment").path("MYSQL_DATABASE").asText());
        assertEquals("root", SwitchoverSettings.DEFAULT_LEGACY_USER); // MySQL's image gives a password to root only
        assertEquals(DatabaseRole.LEGACY.passwordVariable(), variableIn(legacy.path("environment").path("MYSQL_ROOT_PASSWORD")));
        List<String> command = texts(legacy.path("command"));
        assertTrue(command.contains("--sql-mode=NO_ENGINE_SUBSTITUTION"), command.toString());
        // LOCAL INFILE is not switched on: MySQL 8 has it off, and nothing of the toolkit loads with it
        assertTrue(command.stream().noneMatch(argument -> argument.startsWith("--local-infile")), command.toString());
        assertEquals(List.of("legacy-data:/var/lib/mysql"), texts(legacy.path("volumes")));
    }

    @Test
    void targetServiceIsPostgres16WithTheDefaultPortUserAndDatabase() {
        // given the parsed compose file, when the target service is read
        JsonNode target = compose.path("services").path("target");
        // then it is PostgreSQL 16 on the default port, user and database, with the target password variable
        assertEquals("postgres:16", target.path("image").asText());
        assertEquals(List.of(SwitchoverSettings.TARGET_PORT + ":" + SwitchoverSettings.TARGET_PORT), texts(target.path("ports")));
        assertEquals(SwitchoverSettings.TARGET_DATABASE, target.path("environment").path("POSTGRES_DB").asText());
        assertEquals(SwitchoverSettings.DEFAULT_TARGET_USER, target.path("environment").path("POSTGRES_USER").asText());
        assertEquals(DatabaseRole.TARGET.passwordVariable(), variableIn(target.path("environment").path("POSTGRES_PASSWORD")));
        assertEquals(List.of("target-data:/var/lib/postgresql/data"), texts(target.path("volumes")));
    }

    @Test
    void onlyTheTwoServicesAndTheirNamedVolumesAreDeclared() {
        // given the parsed compose file, when its top-level maps are listed, then they are exactly ours
        assertEquals(List.of("legacy", "target"), fieldNames(compose.path("services")));
        assertEquals(List.of("legacy-data", "target-data"), fieldNames(compose.path("volumes")));
    }

    @Test
    void readmeSectionGivesEveryPortUserDatabaseAndPasswordVariable() throws IOException {
        // given README.md, when its "Run against real servers" section is taken
        String readme = Files.readString(README);
        int start = readme.indexOf(README_SECTION);
        assertTrue(start >= 0, "README.md has no section " + README_SECTION);
        int next = readme.indexOf("\n## ", start + README_SECTION.length());
        String section = next < 0 ? readme.substring(start) : readme.substring(start, next);
        // then it names both URLs, users and password variables, and the export line
        List<String> required = List.of(
                "jdbc:mysql://127.0.0.1:" + SwitchoverSettings.LEGACY_PORT + "/" + SwitchoverSettings.LEGACY_DATABASE,
                "jdbc:postgresql://127.0.0.1:" + SwitchoverSettings.TARGET_PORT + "/" + SwitchoverSettings.TARGET_DATABASE,
                "`" + SwitchoverSettings.DEFAULT_LEGACY_USER + "`", "`" + SwitchoverSettings.DEFAULT_TARGET_USER + "`",
                "export " + DatabaseRole.LEGACY.passwordVariable() + "=",
                DatabaseRole.TARGET.passwordVariable() + "=");
        required.forEach(text -> assertTrue(section.contains(text), "README section lacks " + text));
    }

    private static String variableIn(JsonNode value) {
        Matcher matcher = VARIABLE.matcher(value.asText());
        assertTrue(matcher.matches(), "not a ${VARIABLE} reference: " + value.asText());
        return matcher.group(1);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode map) {
        List<String> names = new ArrayList<>();
        map.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
