package org.switchover.config;

import java.util.List;
import java.util.Optional;

/** A YAML value that remembers the line it started on, so validators can point at it. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** 1-based line where the value starts. */
    int line();

    /** A plain value; {@code text} is null for an empty value or {@code ~}. Text is as written, never coerced. */
    record Scalar(String text, int line) implements YamlNode {
        public boolean isEmpty() {
            return text == null || text.isBlank();
        }
    }

    /** A list, block ({@code - a}) or flow ({@code [a, b]}). */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping in file order; duplicate keys are reported by the reader and only the first is kept. */
    record Mapping(List<Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    /** One key of a mapping, with the line of the key itself. */
    record Entry(String key, int line, YamlNode value) {
    }

    /** A short name for the kind of node, for messages such as "expected a list, found a mapping". */
    static String kind(YamlNode node) {
        if (node instanceof Scalar) {
            return "a single value";
        }
        return node instanceof Sequence ? "a list" : "a mapping";
    }
}
