package org.switchover.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML file into {@link YamlNode}s with line numbers, using Jackson's streaming parser
 * (Jackson's tree model forgets where values came from). Syntax errors and duplicate keys become
 * {@link ConfigProblem}s rather than exceptions, so one run can report every problem.
 */
public final class YamlTreeReader {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTreeReader() {
    }

    /** The document's root node, or empty when the file is unreadable, empty or not valid YAML (a problem is added). */
    public static Optional<YamlNode> read(Path file, List<ConfigProblem> problems) {
        try (JsonParser parser = YAML.createParser(Files.newBufferedReader(file))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(ConfigProblem.ofFile(file, "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(readValue(parser, file, problems));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            problems.add(new ConfigProblem(file, line, "not valid YAML: " + oneLine(e.getOriginalMessage())));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(ConfigProblem.ofFile(file, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Reads the value whose first token is the parser's current token. */
    private static YamlNode readValue(JsonParser parser, Path file, List<ConfigProblem> problems) throws IOException {
        int line = lineOf(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readMapping(parser, file, problems, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser, file, problems));
            }
            return new YamlNode.Sequence(items, line);
        }
        // getText() gives the scalar as written, so "NO" or "01" are not turned into booleans or numbers.
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }

    private static YamlNode readMapping(JsonParser parser, Path file, List<ConfigProblem> problems, int line)
            throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Integer> keyLines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = lineOf(parser);
            parser.nextToken();
            YamlNode value = readValue(parser, file, problems);
            Integer earlier = keyLines.putIfAbsent(key, keyLine);
            if (earlier == null) {
                entries.add(new YamlNode.Entry(key, keyLine, value));
            } else {
                problems.add(new ConfigProblem(file, keyLine,
                        "duplicate key '" + key + "' (also on line " + earlier + ")"));
            }
        }
        return new YamlNode.Mapping(entries, line);
    }

    /**
     * The parser's message without the excerpt, caret and "in 'reader', line n" lines it spreads over
     * several lines; the line number is reported separately.
     */
    private static String oneLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !line.startsWith(" ")) {
                kept.add(line.strip());
            }
        }
        return kept.isEmpty() ? message.strip() : String.join("; ", kept);
    }

    private static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
