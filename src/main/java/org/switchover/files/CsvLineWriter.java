package org.switchover.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes CSV lines cell by cell, straight from UTF-8 bytes, by {@link CsvTable}'s rules (formula starts marked, RFC 4180
 * quoting); {@link CsvTable#text} is this writer in memory. A check's key list runs to a million cells at scale 5:
 * building a string, a list and a line for each of them took most of the report's time.
 *
 * <p>Every character the rules look at is ASCII, and no byte of a multi-byte UTF-8 character is below 0x80, so the
 * rules can be applied to the bytes as they are.
 */
public final class CsvLineWriter implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int length;
    private boolean lineStarted;

    /** What writes a file's lines; it may fail with {@code E} as well as with an I/O error. */
    @FunctionalInterface
    public interface Lines<E extends Exception> {
        void write(CsvLineWriter out) throws IOException, E;
    }

    /**
     * Writes {@code file} owner-only ({@link PrivateFiles#newFile}), a line at a time: it takes its name only once
     * {@code lines} has written every line, so a failure half way leaves no half list behind.
     */
    public static <E extends Exception> void writeFile(Path file, Lines<E> lines) throws IOException, E {
        try (PrivateFiles.PendingFile pending = PrivateFiles.newFile(file); CsvLineWriter out = new CsvLineWriter(pending)) {
            lines.write(out);
            out.flush();
            pending.publish();
        }
    }

    /** Writes to {@code out}, which it closes. */
    public CsvLineWriter(OutputStream out) {
        this.out = out;
    }

    /** One cell of text; null is an empty cell. */
    public CsvLineWriter cell(String value) throws IOException {
        if (value == null) {
            return nullCell();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return cell(utf8, 0, utf8.length);
    }

    /** An empty cell (a NULL). */
    public CsvLineWriter nullCell() throws IOException {
        separator();
        return this;
    }

    /** One cell of text given as {@code count} UTF-8 bytes of {@code utf8} from {@code from}. */
    public CsvLineWriter cell(byte[] utf8, int from, int count) throws IOException {
        separator();
        boolean mark = startsAFormula(utf8, from, count);
        boolean quote = false;
        for (int i = from; i < from + count && !quote; i++) {
            byte b = utf8[i];
            quote = b == ',' || b == '"' || b == '\n' || b == '\r';
        }
        if (quote) {
            put((byte) '"');
        }
        if (mark) {
            put((byte) CsvTable.TEXT_MARK);
        }
        if (quote) {
            for (int i = from; i < from + count; i++) {
                if (utf8[i] == '"') {
                    put((byte) '"');
                }
                put(utf8[i]);
            }
            put((byte) '"');
        } else {
            put(utf8, from, count);
        }
        return this;
    }

    /** A whole line: each cell (null is empty), then the line feed. */
    public CsvLineWriter line(java.util.List<String> cells) throws IOException {
        for (String cell : cells) {
            cell(cell);
        }
        endLine();
        return this;
    }

    /** Ends the line with a line feed. */
    public CsvLineWriter endLine() throws IOException {
        put((byte) '\n');
        lineStarted = false;
        return this;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    private void separator() throws IOException {
        if (lineStarted) {
            put((byte) ',');
        }
        lineStarted = true;
    }

    /** A formula start, unless the whole cell is a plain negative figure (-12, -0.5: ASCII digits only). */
    private static boolean startsAFormula(byte[] utf8, int from, int count) {
        if (count == 0 || CsvTable.FORMULA_STARTS.indexOf(utf8[from]) < 0) {
            return false;
        }
        return !(utf8[from] == '-' && negativeFigure(utf8, from + 1, from + count));
    }

    /** Whether bytes [from, to) are digits, optionally followed by a point and more digits. */
    private static boolean negativeFigure(byte[] utf8, int from, int to) {
        int i = digits(utf8, from, to);
        if (i == from) {
            return false;
        }
        if (i == to) {
            return true;
        }
        return utf8[i] == '.' && i + 1 < to && digits(utf8, i + 1, to) == to;
    }

    private static int digits(byte[] utf8, int from, int to) {
        int i = from;
        while (i < to && utf8[i] >= '0' && utf8[i] <= '9') {
            i++;
        }
        return i;
    }

    private void put(byte b) throws IOException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = b;
    }

    private void put(byte[] bytes, int from, int count) throws IOException {
        if (count > buffer.length - length) {
            flush();
            if (count > buffer.length) {
                out.write(bytes, from, count);
                return;
            }
        }
        System.arraycopy(bytes, from, buffer, length, count);
        length += count;
    }

    /** Writes out what is buffered. */
    public void flush() throws IOException {
        if (length > 0) {
            out.write(buffer, 0, length);
            length = 0;
        }
    }
}
