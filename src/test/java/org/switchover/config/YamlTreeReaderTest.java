package org.switchover.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlTreeReaderTest {
    @TempDir
    Path dir;

    @Test
    void nodesKeepTheirLinesAndScalarsTheirWrittenText() throws IOException {
        // given
        Path file = dir.resolve("plan.yml");
        Files.writeString(file, """
                # a comment
                name: client
                columns:
                  - 01
                  - NO
                  - ~
                nested: { key: 1.50 }
                """);
        List<ConfigProblem> problems = new ArrayList<>();
        // when
        YamlNode.Mapping root = (YamlNode.Mapping) YamlTreeReader.read(file, problems).orElseThrow();
        // then
        assertEquals(List.of(), problems);
        YamlNode.Entry columns = root.entry("columns").orElseThrow();
        assertEquals(3, columns.line());
        List<YamlNode> items = ((YamlNode.Sequence) columns.value()).items();
        assertEquals(new YamlNode.Scalar("01", 4), items.get(0));
        assertEquals(new YamlNode.Scalar("NO", 5), items.get(1));
        assertNull(((YamlNode.Scalar) items.get(2)).text());
        YamlNode.Mapping nested = (YamlNode.Mapping) root.entry("nested").orElseThrow().value();
        assertEquals(new YamlNode.Scalar("1.50", 7), nested.entry("key").orElseThrow().value());
        assertEquals(2, root.entry("name").orElseThrow().line());
    }

    @Test
    void anUnreadableFileIsAProblem() {
        List<ConfigProblem> problems = new ArrayList<>();
        assertTrue(YamlTreeReader.read(dir.resolve("absent.yml"), problems).isEmpty());
        assertEquals(1, problems.size());
        assertEquals(0, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("cannot read the file: "), problems.get(0).message());
    }
}
