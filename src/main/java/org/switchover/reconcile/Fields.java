package org.switchover.reconcile;

import org.switchover.config.ConfigProblem;
import org.switchover.config.YamlNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to the keys of one check file; every bad value becomes a problem at its line. */
final class Fields {
    private final Path file;
    private final YamlNode.Mapping map;
    private final List<ConfigProblem> problems;

    Fields(Path file, YamlNode.Mapping map, List<ConfigProblem> problems) {
        this.file = file;
        this.map = map;
        this.problems = problems;
    }

    int line(String key) {
        return map.entry(key).map(YamlNode.Entry::line).orElse(map.line());
    }

    Optional<String> scalar(String key) {
        Optional<YamlNode.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().value() instanceof YamlNode.Scalar scalar && !scalar.isEmpty()) {
            return Optional.of(scalar.text().strip());
        }
        problems.add(new ConfigProblem(file, entry.get().line(), "'" + key + "' must be a single non-empty value, found "
                + YamlNode.kind(entry.get().value())));
        return Optional.empty();
    }

    String required(String key) {
        if (map.entry(key).isEmpty()) {
            problems.add(new ConfigProblem(file, map.line(), "missing '" + key + "'"));
            return null;
        }
        return scalar(key).orElse(null);
    }

    <T> T choice(String key, String defaultText, Map<String, T> choices) {
        Optional<String> text = scalar(key);
        if (text.isEmpty()) {
            if (defaultText == null && map.entry(key).isEmpty()) {
                problems.add(new ConfigProblem(file, map.line(), "missing '" + key + "' (one of " + String.join(", ", choices.keySet()) + ")"));
            }
            return defaultText == null ? null : choices.get(defaultText);
        }
        T value = choices.get(text.get());
        if (value == null) {
            problems.add(new ConfigProblem(file, line(key), "'" + key + "' is '" + text.get() + "'; expected one of " + String.join(", ", choices.keySet())));
        }
        return value;
    }

    long number(String key, long defaultValue) {
        Optional<String> text = scalar(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            problems.add(new ConfigProblem(file, line(key), "'" + key + "' must be a whole number, found '" + text.get() + "'"));
            return defaultValue;
        }
    }

    /** The path of a .sql file beside the check, which must exist. */
    String sqlFile(String key, Path directory) {
        Optional<String> text = scalar(key);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.get().endsWith(".sql")) {
            problems.add(new ConfigProblem(file, line(key), "'" + key + "' must name a .sql file, found '" + text.get() + "'"));
        } else if (!Files.isRegularFile(directory.resolve(text.get()))) {
            problems.add(new ConfigProblem(file, line(key), "'" + key + "': file " + directory.resolve(text.get()) + " does not exist"));
        }
        return text.get();
    }

    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional<YamlNode.Entry> entry = map.entry("parameters");
        if (entry.isEmpty()) {
            return parameters;
        }
        if (!(entry.get().value() instanceof YamlNode.Mapping params)) {
            problems.add(new ConfigProblem(file, entry.get().line(), "'parameters' must be a mapping of name: value"));
            return parameters;
        }
        for (YamlNode.Entry param : params.entries()) {
            if (param.value() instanceof YamlNode.Scalar scalar && !scalar.isEmpty()) {
                if (!scalar.text().matches("[A-Za-z0-9_.]+")) {
                    problems.add(new ConfigProblem(file, param.line(), "parameter '" + param.key()
                            + "' must be a plain name (letters, digits, _ and .), as it goes into SQL"));
                }
                parameters.put(param.key(), scalar.text());
            } else {
                problems.add(new ConfigProblem(file, param.line(), "parameter '" + param.key() + "' must be a single value"));
            }
        }
        return parameters;
    }
}
