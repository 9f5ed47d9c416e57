package org.switchover.cli;

/** The process exit codes every command uses. */
public final class ExitCodes {
    /** Done, and every check passed. */
    public static final int OK = 0;
    /** Done, but the verdict is NO_GO or a check failed. */
    public static final int CHECKS_FAILED = 1;
    /** The command line or the configuration is wrong; nothing was changed. */
    public static final int USAGE = 2;
    /** Something failed while running: a database unreachable, a server error. */
    public static final int RUNTIME_FAILURE = 3;

    private ExitCodes() {
    }
}
