package org.switchover.transform;

/**
 * The result of one transform on one value: the target value, and, when something was lost on the
 * way, what kind of loss it was. {@code loss == null} means the value arrived faithfully.
 */
public record Converted(Object value, LossKind loss) {
    private static final Converted NULL = new Converted(null, null);

    public static Converted ok(Object value) {
        return value == null ? NULL : new Converted(value, null);
    }

    /** NULL in, NULL out: not a loss. */
    public static Converted absent() {
        return NULL;
    }

    public static Converted lost(LossKind kind) {
        return new Converted(null, kind);
    }

    /** A value that arrived, but changed in a way that must be counted (NUL removed, defaulted). */
    public static Converted changed(Object value, LossKind kind) {
        return new Converted(value, kind);
    }

    public boolean isLossy() {
        return loss != null;
    }
}
