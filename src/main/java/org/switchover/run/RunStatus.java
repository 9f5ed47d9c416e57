package org.switchover.run;

/** The states migration.run.status allows. */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED
}
