package org.switchover.config;

import java.util.List;
import java.util.stream.Collectors;

/** Configuration that cannot be used; carries every problem found, not just the first. */
public class ConfigException extends ConfigurationException {
    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String describe(List<ConfigProblem> problems) {
        return problems.size() + " configuration problem(s):\n"
                + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
    }
}
