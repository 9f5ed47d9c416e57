package org.switchover.cutover;

import org.switchover.db.ConnectionSpec;
import org.switchover.ledger.EventLog;

/** The cutover commands' steps in the audit trail (migration.event): every request, refusal, start, resume and mark. */
public final class CutoverEvents {
    private final EventLog log;
    private final String command;

    public CutoverEvents(ConnectionSpec target, String command) {
        this.log = new EventLog(target);
        this.command = command;
    }

    /** Records one event now, in its own transaction with its ledger entry; {@code runId} may be null (e.g. a refusal). */
    public void record(Long runId, String action, String detail) {
        log.record(runId, command, action, detail, null);
    }
}
