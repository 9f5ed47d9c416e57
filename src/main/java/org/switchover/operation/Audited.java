package org.switchover.operation;

import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.Redaction;
import org.switchover.ledger.EventLog;
import org.switchover.ledger.Invocation;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs an operation that connects to a target and records one event of the audit trail for it afterwards (the target's
 * schema may only exist once the operation has migrated it): "ok", "refused" (a configuration problem) or "failed", with the
 * first line of the message. A refusal or failure whose event cannot be written (the target is unreachable) is still
 * reported as it was; an operation that succeeded but cannot be recorded fails, since the trail must be complete.
 * An operation that returns rather than throws can still have been refused or failed, or end in a verdict (a final load
 * its gate refused, a dry run whose engine failed, a NO_GO): {@code outcome} reads that from the result, so the trail
 * never says "ok" for a refused cutover and always says which verdict a run reached.
 */
public final class Audited {
    private Audited() {
    }

    /** What the trail records for an operation that returned: its action, run and detail. */
    public record Outcome(String action, Long runId, String detail) {
        public static final Outcome OK = new Outcome("ok", null, null);

        public static Outcome ok(Long runId, String detail) {
            return new Outcome("ok", runId, detail);
        }

        public static Outcome refused(Long runId, String detail) {
            return new Outcome("refused", runId, firstLine(detail));
        }

        public static Outcome failed(Long runId, String detail) {
            return new Outcome("failed", runId, firstLine(detail));
        }
    }

    public static <T> T run(SwitchoverSettings settings, Invocation invocation, Supplier<T> operation) {
        return run(settings, invocation, operation, result -> Outcome.OK);
    }

    public static <T> T run(SwitchoverSettings settings, Invocation invocation, Supplier<T> operation,
                            Function<T, Outcome> outcome) {
        if (settings.target() == null) {
            return operation.get();
        }
        T result;
        try {
            result = operation.get();
        } catch (RuntimeException e) {
            try {
                record(settings, invocation, new Outcome(e instanceof ConfigurationException ? "refused" : "failed", null,
                        firstLine(e)));
            } catch (RuntimeException recording) {
                e.addSuppressed(recording);
            }
            throw e;
        }
        record(settings, invocation, outcome.apply(result));
        return result;
    }

    private static void record(SwitchoverSettings settings, Invocation invocation, Outcome outcome) {
        new EventLog(settings.target()).record(outcome.runId(), invocation.command(), outcome.action(), outcome.detail(), invocation);
    }

    private static String firstLine(RuntimeException e) {
        return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? null : Redaction.scrub(message.lines().findFirst().orElse(message));
    }
}
