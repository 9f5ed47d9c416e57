package org.switchover.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one way every reader takes values out of YAML: each bad value is a problem at its file and line. */
class YamlFieldsTest {
    private enum Colour { RED, GREEN }

    @TempDir
    Path dir;

    private final List<ConfigProblem> problems = new ArrayList<>();

    private YamlFields read(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("f.yml"), yaml);
        return YamlFields.read(file, problems, "a mapping").orElseThrow();
    }

    private List<String> messages() {
        return problems.stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void goodValuesComeOutTypedAndTrimmed() throws IOException {
        // given
        YamlFields fields = read("""
                name: "  padded  "
                day: 2019-02-01
                colour: green
                names: [a, b]
                one: a
                given: { x: " 4b ", y: ~ }
                """);
        // when / then
        assertEquals("padded", fields.text("name"));
        assertEquals("  padded  ", fields.raw("name"));
        assertEquals(LocalDate.of(2019, 2, 1), fields.parsed("day", "a date yyyy-mm-dd", LocalDate::parse, null));
        assertEquals(Colour.GREEN, fields.choice("colour", YamlFields.choices(c -> c.name().toLowerCase(), Colour.values()), Colour.RED));
        assertEquals(Colour.RED, fields.choice("absent", YamlFields.choices(c -> c.name().toLowerCase(), Colour.values()), Colour.RED));
        assertEquals(List.of("a", "b"), fields.names("names"));
        assertEquals(List.of("a"), fields.names("one"));
        Map<String, String> given = fields.mapping("given").rawValues();
        assertEquals(" 4b ", given.get("x"));
        assertTrue(given.containsKey("y"));
        assertNull(given.get("y"));
        assertEquals(List.of(), messages());
    }

    @Test
    void everyBadValueIsAProblemAtItsLine() throws IOException {
        // given
        YamlFields fields = read("""
                name: [a, b]
                day: 1/2/2019
                colour: blue
                names: [a, [b]]
                blank: ""
                extra: 1
                nested: { size: big }
                """);
        // when
        fields.allowOnly(List.of("name", "day", "colour", "names", "blank", "nested", "id"));
        fields.text("name");
        fields.parsed("day", "a date yyyy-mm-dd", LocalDate::parse, null);
        fields.choice("colour", YamlFields.choices(c -> c.name().toLowerCase(), Colour.values()), null);
        fields.names("names");
        fields.text("blank");
        fields.required("id");
        fields.sections().required("id");
        fields.mapping("nested").about("nested thing").parsed("size", "a whole number", Long::parseLong, 0L);
        fields.mapping("name");
        // then
        assertEquals(List.of(
                "6: unknown key 'extra' (expected one of: name, day, colour, names, blank, nested, id)",
                "1: 'name' must be a single value, found a list",
                "2: day must be a date yyyy-mm-dd, found '1/2/2019'",
                "3: 'colour' is 'blue'; expected one of red, green",
                "4: an item of 'names' must be a single value, found a list",
                "5: 'blank' is empty",
                "1: missing 'id'",
                "1: missing section 'id'",
                "7: nested thing: size must be a whole number, found 'big'",
                "1: 'name' must be a mapping, found a list"), messages());
    }

    @Test
    void aFileThatIsNotAMappingSaysWhatWasExpected() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("list.yml"), "- a\n- b\n");
        // when
        boolean read = YamlFields.read(file, problems, "a mapping of id, title").isPresent();
        // then
        assertEquals(false, read);
        assertEquals(List.of(file + ":1: expected a mapping of id, title, found a list"),
                problems.stream().map(ConfigProblem::toString).toList());
    }
}
