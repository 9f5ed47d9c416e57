package org.switchover.cli;

import org.switchover.config.ConfigurationException;
import org.switchover.db.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure of a command into one line on stderr and an exit code; the stack trace is
 * printed only with --verbose, because operators read these lines, not developers.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"));
        commandLine.getErr().println("switchover: " + oneLine(e));
        if (verbose) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        if (e instanceof ConfigurationException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.RUNTIME_FAILURE;
    }

    static String oneLine(Throwable e) {
        if (e instanceof DatabaseUnavailableException || e instanceof ConfigurationException) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
