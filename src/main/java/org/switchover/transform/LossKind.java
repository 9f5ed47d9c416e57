package org.switchover.transform;

/** Why a legacy value did not arrive as it was; each kind is counted per column and recorded with the raw value. */
public enum LossKind {
    /** A zero date such as 0000-00-00 became NULL. */
    ZERO_DATE,
    /** An explicit "unknown" marker (UNK, empty text) became NULL. */
    UNKNOWN_VALUE,
    /** Text that could not be parsed became NULL; the raw value is kept. */
    UNPARSEABLE,
    /** A value with the wrong shape (e.g. an NHS number without 10 digits) became NULL. */
    INVALID,
    /** An optional reference to a row that does not exist became NULL. */
    DANGLING_REFERENCE,
    /** A missing value was filled from another column by a rule (e.g. close date from updated_dt). */
    DEFAULTED,
    /** NUL bytes were removed from text. */
    NUL_REMOVED,
    /** A code with no census equivalent became NULL. */
    UNMAPPED,
    /**
     * A latin1 byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) became U+FFFD; the raw
     * value records the bytes, e.g. {@code \x81}, and nothing else of the text.
     */
    UNDEFINED_CP1252
}
