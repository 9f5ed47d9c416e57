package org.switchover.cli;

import org.switchover.config.ConfigurationException;
import org.switchover.db.DatabaseUnavailableException;
import org.switchover.db.Redaction;
import org.switchover.db.UnsafeUrlException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Turns any failure of a command into one line on stderr and an exit code; the stack trace is
 * printed only with --verbose, because operators read these lines, not developers. Everything printed
 * passes through {@link Redaction}: drivers and pools put whole URLs into their messages.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"));
        commandLine.getErr().println("switchover: " + oneLine(e));
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            commandLine.getErr().print(Redaction.scrub(trace.toString()));
        }
        commandLine.getErr().flush();
        if (e instanceof ConfigurationException || e instanceof UnsafeUrlException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.RUNTIME_FAILURE;
    }

    static String oneLine(Throwable e) {
        if (e instanceof DatabaseUnavailableException || e instanceof ConfigurationException || e instanceof UnsafeUrlException) {
            return Redaction.scrub(e.getMessage());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Redaction.scrub(message.lines().findFirst().orElse(message));
    }
}
