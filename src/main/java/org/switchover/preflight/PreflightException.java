package org.switchover.preflight;

import org.switchover.config.ConfigurationException;

import java.util.List;

/** A loading command refused before it wrote anything: one line per problem found (exit 2). */
public final class PreflightException extends ConfigurationException {
    private final List<String> problems;

    PreflightException(String what, List<String> problems) {
        super("the " + what + " will not start; nothing was written:" + System.lineSeparator() + "  - "
                + String.join(System.lineSeparator() + "  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one line each, in the order they were found. */
    public List<String> problems() {
        return problems;
    }
}
