package org.switchover.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reading of one YAML mapping (a file's top level, or a mapping inside it), shared by the readers of
 * mapping files, code maps, reconciliation checks and switchover.yml. A value that is missing, of the wrong
 * kind, unparseable or not allowed becomes a {@link ConfigProblem} at its line instead of an exception, so
 * one run reports every problem; a context (e.g. {@code column 'pers_sex'}) prefixes the messages about
 * values inside a larger structure.
 */
public final class YamlFields {
    private static final Function<String, String> MISSING_KEY = key -> "missing '" + key + "'";

    private final Path file;
    private final YamlNode.Mapping map;
    private final List<ConfigProblem> problems;
    private final String context;
    private final Function<String, String> missing;

    public YamlFields(Path file, YamlNode.Mapping map, List<ConfigProblem> problems) {
        this(file, map, problems, "", MISSING_KEY);
    }

    private YamlFields(Path file, YamlNode.Mapping map, List<ConfigProblem> problems, String context,
                       Function<String, String> missing) {
        this.file = file;
        this.map = map;
        this.problems = problems;
        this.context = context;
        this.missing = missing;
    }

    /**
     * Reads {@code file} and returns its top-level mapping; empty when the file cannot be read or is not
     * YAML (see {@link YamlTreeReader}), or is not a mapping: "expected EXPECTED, found a list".
     */
    public static Optional<YamlFields> read(Path file, List<ConfigProblem> problems, String expected) {
        return YamlTreeReader.read(file, problems).flatMap(root -> {
            if (root instanceof YamlNode.Mapping mapping) {
                return Optional.of(new YamlFields(file, mapping, problems));
            }
            problems.add(new ConfigProblem(file, root.line(), "expected " + expected + ", found " + YamlNode.kind(root)));
            return Optional.empty();
        });
    }

    /** The same mapping, with every message prefixed by {@code what} (e.g. "column 'pers_sex'"). */
    public YamlFields about(String what) {
        return new YamlFields(file, map, problems, what + ": ", missing);
    }

    /** The same mapping, whose absent required keys are reported by {@code message} (given the key). */
    public YamlFields missingAs(Function<String, String> message) {
        return new YamlFields(file, map, problems, context, message);
    }

    /** The same mapping read as the sections of a file: an absent one is a "missing section 'name'". */
    public YamlFields sections() {
        return missingAs(key -> "missing section '" + key + "'");
    }

    public Path file() {
        return file;
    }

    public int line() {
        return map.line();
    }

    /** The line of {@code key}, or of the mapping when the key is absent. */
    public int line(String key) {
        return map.entry(key).map(YamlNode.Entry::line).orElse(map.line());
    }

    public boolean has(String key) {
        return map.entry(key).isPresent();
    }

    public Optional<YamlNode> value(String key) {
        return map.entry(key).map(YamlNode.Entry::value);
    }

    public List<YamlNode.Entry> entries() {
        return map.entries();
    }

    /** Adds a problem at {@code line}, with this mapping's context. */
    public void problem(int line, String message) {
        problems.add(new ConfigProblem(file, line, context + message));
    }

    /** Reports every key not in {@code allowed}: "unknown key 'k' (expected one of: a, b)". */
    public void allowOnly(Collection<String> allowed) {
        allowOnly(allowed, "key");
    }

    /** As {@link #allowOnly(Collection)}, naming the keys by {@code noun} ("unknown section 'k' ..."). */
    public void allowOnly(Collection<String> allowed, String noun) {
        allowOnly(allowed, key -> "unknown " + noun + " '" + key + "' (expected one of: " + String.join(", ", allowed) + ")");
    }

    /** Reports every key not in {@code allowed} with the message {@code unknown} gives for it. */
    public void allowOnly(Collection<String> allowed, Function<String, String> unknown) {
        for (YamlNode.Entry entry : map.entries()) {
            if (!allowed.contains(entry.key())) {
                problem(entry.line(), unknown.apply(entry.key()));
            }
        }
    }

    /** The value as written (not trimmed); null when absent or empty ({@code ~}); a list or mapping is a problem. */
    public String raw(String key) {
        Optional<YamlNode.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return null;
        }
        if (entry.get().value() instanceof YamlNode.Scalar scalar) {
            return scalar.text();
        }
        problem(entry.get().line(), notSingle("'" + key + "'", entry.get().value()));
        return null;
    }

    /** The trimmed value, or null when absent; a blank value, a list or a mapping is a problem. */
    public String text(String key) {
        return value(key).map(node -> text(node, "'" + key + "'")).orElse(null);
    }

    /** {@link #text(String)} of a key that must be there. */
    public String required(String key) {
        return present(key) ? text(key) : null;
    }

    /** True when the key is there; otherwise false, and the problem that it is missing. */
    private boolean present(String key) {
        return present(key, "");
    }

    private boolean present(String key, String hint) {
        if (has(key)) {
            return true;
        }
        problem(map.line(), missing.apply(key) + hint);
        return false;
    }

    /** A single non-blank value, trimmed; otherwise null and "WHAT must be a single value, found ..." or "WHAT is empty". */
    public String text(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problem(node.line(), notSingle(what, node));
            return null;
        }
        if (scalar.isEmpty()) {
            problem(node.line(), what + " is empty");
            return null;
        }
        return scalar.text().strip();
    }

    /** The mapping under {@code key} with this context, or null when absent or (a problem) not a mapping. */
    public YamlFields mapping(String key) {
        return value(key).map(node -> mapping(node, "'" + key + "'")).orElse(null);
    }

    /** {@link #mapping(String)} of a key that must be there. */
    public YamlFields requiredMapping(String key) {
        return present(key) ? mapping(key) : null;
    }

    /** The mapping {@code node} in the same file, or null with "WHAT must be a mapping, found ...". */
    public YamlFields mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping mapping) {
            return new YamlFields(file, mapping, problems, context, MISSING_KEY);
        }
        problem(node.line(), what + " must be a mapping, found " + YamlNode.kind(node));
        return null;
    }

    /** The items of the list under {@code key}; empty when absent or blank; anything else is a problem. */
    public List<YamlNode> list(String key) {
        Optional<YamlNode.Entry> entry = map.entry(key);
        if (entry.isEmpty() || entry.get().value() instanceof YamlNode.Scalar scalar && scalar.isEmpty()) {
            return List.of();
        }
        if (entry.get().value() instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        problem(entry.get().line(), "'" + key + "' must be a list, found " + YamlNode.kind(entry.get().value()));
        return List.of();
    }

    /** The names under {@code key}: one name, or a list of them; empty when absent. */
    public List<String> names(String key) {
        return value(key).map(node -> names(node, key)).orElse(List.of());
    }

    /** The names in {@code node}: a single name (none when blank) or a list of non-blank names. */
    public List<String> names(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.isEmpty() ? List.of() : List.of(scalar.text().strip());
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problem(node.line(), "'" + key + "' must be a name or a list of names, found " + YamlNode.kind(node));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            String name = text(item, "an item of '" + key + "'");
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every key with its value as written ({@link #raw}); a key whose value is not a single value is a problem. */
    public Map<String, String> rawValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (YamlNode.Entry entry : map.entries()) {
            if (entry.value() instanceof YamlNode.Scalar scalar) {
                values.put(entry.key(), scalar.text());
            } else {
                problem(entry.line(), notSingle("'" + entry.key() + "'", entry.value()));
            }
        }
        return values;
    }

    /** One of {@code choices} by its text, or {@code absent} when the key is absent; another text is a problem. */
    public <T> T choice(String key, Map<String, T> choices, T absent) {
        String text = text(key);
        if (text == null) {
            return has(key) ? null : absent;
        }
        T value = choices.get(text);
        if (value == null) {
            problem(line(key), "'" + key + "' is '" + text + "'; expected one of " + String.join(", ", choices.keySet()));
        }
        return value;
    }

    /** true or false; {@code absent} when the key is absent. */
    public boolean flag(String key, boolean absent) {
        Map<String, Boolean> words = new LinkedHashMap<>();
        words.put("true", Boolean.TRUE);
        words.put("false", Boolean.FALSE);
        return Boolean.TRUE.equals(choice(key, words, absent));
    }

    /** The choices among {@code values}, by the word each is written as, in that order (messages list them so). */
    @SafeVarargs
    public static <E extends Enum<E>> Map<String, E> choices(Function<E, String> word, E... values) {
        Map<String, E> choices = new LinkedHashMap<>();
        for (E value : values) {
            choices.put(word.apply(value), value);
        }
        return java.util.Collections.unmodifiableMap(choices);
    }

    /** {@link #choice} of a key that must be there: "missing 'key' (one of a, b)". */
    public <T> T requiredChoice(String key, Map<String, T> choices) {
        return present(key, " (one of " + String.join(", ", choices.keySet()) + ")") ? choice(key, choices, null) : null;
    }

    /**
     * The value turned into a T by {@code parse}, or {@code absent} when the key is absent; a value it
     * refuses is "KEY must be EXPECTED, found 'text'" (e.g. "goLive must be a date yyyy-mm-dd").
     */
    public <T> T parsed(String key, String expected, Function<String, T> parse, T absent) {
        String text = text(key);
        if (text == null) {
            return absent;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            problem(line(key), key + " must be " + expected + ", found '" + text + "'");
            return absent;
        }
    }

    private static String notSingle(String what, YamlNode node) {
        return what + " must be a single value, found " + YamlNode.kind(node);
    }
}
