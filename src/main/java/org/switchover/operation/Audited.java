package org.switchover.operation;

import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.Redaction;
import org.switchover.ledger.EventLog;
import org.switchover.ledger.Invocation;

import java.util.function.Supplier;

/**
 * Runs an operation that connects to a target and records one event of the audit trail for it afterwards (the target's
 * schema may only exist once the operation has migrated it): "ok", "refused" (a configuration problem) or "failed", with the
 * first line of the message. A refusal or failure whose event cannot be written (the target is unreachable) is still
 * reported as it was; an operation that succeeded but cannot be recorded fails, since the trail must be complete.
 */
public final class Audited {
    private Audited() {
    }

    public static <T> T run(SwitchoverSettings settings, Invocation invocation, Supplier<T> operation) {
        if (settings.target() == null) {
            return operation.get();
        }
        T result;
        try {
            result = operation.get();
        } catch (RuntimeException e) {
            try {
                record(settings, invocation, e instanceof ConfigurationException ? "refused" : "failed", firstLine(e));
            } catch (RuntimeException recording) {
                e.addSuppressed(recording);
            }
            throw e;
        }
        record(settings, invocation, "ok", null);
        return result;
    }

    private static void record(SwitchoverSettings settings, Invocation invocation, String action, String detail) {
        new EventLog(settings.target()).record(null, invocation.command(), action, detail, invocation);
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Redaction.scrub(message.lines().findFirst().orElse(message));
    }
}
