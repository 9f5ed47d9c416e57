package org.switchover.run;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The words a failure is reported in: its root cause, found by walking the cause chain to its end (the error the
 * server or the disk gave, such as "No space left on device"), not the wrappers added on the way up nor a later
 * error from cleaning up, which is only ever a suppressed one.
 */
public final class Failures {
    private Failures() {
    }

    /** The deepest throwable of the chain that has a message, else the deepest one. */
    public static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        Throwable withMessage = failure.getMessage() == null ? null : failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            root = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                withMessage = t;
            }
        }
        return withMessage != null ? withMessage : root;
    }

    /** "Message (ExceptionClass)" of the root cause, first line of the message only. */
    public static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("").strip();
        return message.isEmpty() ? root.getClass().getSimpleName() : message + " (" + root.getClass().getSimpleName() + ")";
    }
}
