package org.switchover.cli;

import picocli.CommandLine.Option;

/** --verbose: print the stack trace of a failure after its one-line message. */
public class VerboseOption {
    @Option(names = "--verbose", description = "On failure, print the stack trace after the one-line message.")
    boolean verbose;
}
