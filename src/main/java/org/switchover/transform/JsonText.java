package org.switchover.transform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes small JSON documents for jsonb columns with Jackson's streaming generator (escaping done
 * properly, no object tree). Values lose NUL characters, which jsonb refuses; the caller counts that.
 */
final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int INITIAL_CAPACITY = 96;

    private JsonText() {
    }

    /** What to write into an open generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    static String write(Body body) {
        StringWriter out = new StringWriter(INITIAL_CAPACITY);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            // Writing to memory cannot fail for I/O reasons; a failure here is a bug.
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /** The value stripped of surrounding space and NUL characters; null when nothing is left. */
    static String cleanValue(String raw) {
        if (raw == null) {
            return null;
        }
        String value = TextValues.containsNul(raw) ? TextValues.withoutNul(raw) : raw;
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    static boolean lostNul(String raw) {
        return raw != null && TextValues.containsNul(raw);
    }
}
