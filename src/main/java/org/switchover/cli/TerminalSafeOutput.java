package org.switchover.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What a command prints, with every control character written as visible text ({@code \x1B}, {@code \u202E}): legacy
 * references, keys and reasons reach the terminal inside messages, and one holding an escape sequence could rewrite
 * what the person reading it sees (colour a FAIL green, hide a line, retitle the window), while a bidirectional control
 * shows words in another order than they are stored. Line feeds and tabs pass, and a carriage return only before a
 * line feed. Works on bytes: C0 controls and DEL in any ASCII-based encoding; C1 controls where the stream is UTF-8 or
 * a single-byte encoding that has them (the ISO-8859 family: Latin-1, Latin-9...; not windows-1252, whose 0x80-0x9F are
 * letters and signs); the bidirectional controls where it is UTF-8 (no single-byte encoding has them).
 */
final class TerminalSafeOutput extends FilterOutputStream {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private final boolean utf8;
    /** Per byte 0x80-0x9F: whether the encoding makes it a C1 control (in ISO-8859-x, 0x9B is a CSI, as ESC [ is). */
    private final boolean[] c1Controls;
    /** The start of a sequence not yet known to be safe: a carriage return, or the first bytes of a UTF-8 character. */
    private final int[] held = new int[3];
    private int heldCount;

    TerminalSafeOutput(OutputStream out, Charset encoding) {
        super(out);
        this.utf8 = StandardCharsets.UTF_8.equals(encoding);
        this.c1Controls = c1Controls(encoding);
    }

    /** Which of the bytes 0x80-0x9F a single-byte {@code encoding} decodes to a C1 control; none for UTF-8 (its own rule). */
    private static boolean[] c1Controls(Charset encoding) {
        boolean[] controls = new boolean[0x20];
        if (StandardCharsets.UTF_8.equals(encoding) || encoding.newEncoder().maxBytesPerChar() > 1) {
            return controls;
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            String decoded = new String(new byte[] {(byte) b}, encoding);
            controls[b - 0x80] = decoded.length() == 1 && Character.getType(decoded.charAt(0)) == Character.CONTROL;
        }
        return controls;
    }

    /** Replaces System.out and System.err with streams that show control characters as text; the command line calls it first. */
    static void install() {
        System.setOut(safe(System.out, encodingOf("stdout")));
        System.setErr(safe(System.err, encodingOf("stderr")));
    }

    static PrintStream safe(PrintStream original, Charset encoding) {
        return new PrintStream(new TerminalSafeOutput(original, encoding), true, encoding);
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xFF;
        if (heldCount > 0) {
            held[heldCount++] = b;
            settleHeld();
        } else if (b == '\r' || utf8 && (b == 0xC2 || b == 0xD8 || b == 0xE2)) {
            held[heldCount++] = b;
        } else if (b < 0x20 && b != '\n' && b != '\t' || b == 0x7F || b >= 0x80 && b <= 0x9F && c1Controls[b - 0x80]) {
            escape("\\x", b, 2);
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** A held start that is still incomplete stays held: the terminal could not show half a character either. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (heldCount > 0) {
            int first = held[0];
            heldCount = 0;
            if (first == '\r') {
                escape("\\x", first, 2);
            } else {
                out.write(first); // an unfinished UTF-8 character: no control, whatever follows
            }
        }
        super.close();
    }

    /** Decides about the held bytes once the next one came: pass them, show them escaped, or wait for one more. */
    private void settleHeld() throws IOException {
        int first = held[0];
        int second = held[1];
        if (first == '\r') {
            heldCount = 0;
            if (second == '\n') {
                out.write('\r');
                out.write('\n');
            } else {
                escape("\\x", '\r', 2);
                write(second);
            }
        } else if (first == 0xC2 || first == 0xD8) {
            heldCount = 0;
            int codePoint = (first & 0x1F) << 6 | second & 0x3F;
            if ((second & 0xC0) == 0x80 && (codePoint >= 0x80 && codePoint <= 0x9F || codePoint == 0x061C)) {
                escape("\\u", codePoint, 4);
            } else {
                out.write(first);
                write(second);
            }
        } else if (heldCount == 2) {
            if (second != 0x80 && second != 0x81) { // not U+2000-U+207F, where the other bidirectional controls are
                heldCount = 0;
                out.write(first);
                write(second);
            }
        } else {
            heldCount = 0;
            int third = held[2];
            int codePoint = (second & 0x3F) << 6 | third & 0x3F | 0x2000;
            if ((third & 0xC0) == 0x80 && isBidiControl(codePoint)) {
                escape("\\u", codePoint, 4);
            } else {
                out.write(first);
                out.write(second);
                write(third);
            }
        }
    }

    private static boolean isBidiControl(int c) {
        return c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private void escape(String prefix, int value, int digits) throws IOException {
        out.write(prefix.getBytes(StandardCharsets.US_ASCII));
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.write(HEX[value >> shift & 0xF]);
        }
    }

    /** The encoding the JVM gave System.out or System.err (Java 19 names it; 17 only for a console, else the default). */
    private static Charset encodingOf(String stream) {
        String name = System.getProperty(stream + ".encoding", System.getProperty("sun." + stream + ".encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
