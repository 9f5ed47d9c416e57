package org.switchover.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Control characters in what a command prints (from a legacy reference, say) reach the terminal as text, not as commands. */
class TerminalSafeOutputTest {
    @Test
    void anEscapeSequenceInALegacyReferenceIsShownNotObeyed() {
        // given a legacy reference that colours the rest of the line green and retitles the window
        String ref = "LEG-1\u001B[32m PASS\u001B]0;owned\u0007";
        // when a command prints it
        // then every control character is shown as \xNN and the line still ends
        assertEquals("open-duty-cases FAIL LEG-1\\x1B[32m PASS\\x1B]0;owned\\x07\n", printed("open-duty-cases FAIL " + ref + "\n"));
    }

    @Test
    void bidirectionalAndC1ControlsAreShownAndOrdinaryTextPasses() {
        // given text with a right-to-left override, an isolate, a C1 control (CSI), an Arabic letter mark and a DEL
        String hostile = "A\u202Efdp.exe B\u2066C\u2069 D\u009B2J E\u061CF\u007F";
        // and ordinary text: accents, an en dash, a euro sign, a CJK character, a tab and Windows line ends
        String ordinary = "Zoë – £5 €6 漢\tx\r\n";
        // when both are printed
        // then the controls are shown as \\uXXXX or \\xNN, and everything else passes unchanged
        assertEquals("A\\u202Efdp.exe B\\u2066C\\u2069 D\\u009B2J E\\u061CF\\x7F" + ordinary, printed(hostile + ordinary));
    }

    @Test
    void aCarriageReturnThatWouldOverwriteTheLineIsShown() {
        // given a reason that returns to the start of the line to print over it
        // when it is printed
        // then the carriage return is shown, and only one before a line feed passes
        assertEquals("run 4 NO_GO\\x0Drun 4 GO   \r\n", printed("run 4 NO_GO\rrun 4 GO   \r\n"));
    }

    @Test
    void aControlSplitAcrossTwoWritesIsStillCaught() throws IOException {
        // given a bidirectional override whose three UTF-8 bytes arrive in two writes, and an ESC at the very end
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        TerminalSafeOutput safe = new TerminalSafeOutput(terminal, StandardCharsets.UTF_8);
        byte[] override = "\u202E".getBytes(StandardCharsets.UTF_8);
        // when they are written and the stream is flushed in between
        safe.write(new byte[] {'x', override[0]});
        safe.flush();
        safe.write(new byte[] {override[1], override[2], 'y', 0x1B});
        safe.close();
        // then the override is shown all the same
        assertEquals("x\\u202Ey\\x1B", terminal.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLatin1TerminalStillHasItsEscapesShown() {
        // given a terminal that is ISO-8859-1, where the byte 0x9B is itself a CSI
        // when an ESC, a C1 CSI and an accented letter are printed
        // then both controls are shown and the letter is encoded as that terminal expects
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream out = TerminalSafeOutput.safe(new PrintStream(terminal, true, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        out.print("é\u001B[2J \u009B2J");
        out.flush();
        assertEquals("é\\x1B[2J \\x9B2J", terminal.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void everySingleByteEncodingWithC1ControlsHasThemShownAndWindows1252KeepsItsLetters() {
        // given terminals in Latin-9 and Latin-2, where 0x9B is a CSI too, and in windows-1252, where 0x80 is the euro
        for (String name : new String[] {"ISO-8859-15", "ISO-8859-2", "KOI8-R", "windows-1252"}) {
            Charset encoding = Charset.forName(name);
            ByteArrayOutputStream terminal = new ByteArrayOutputStream();
            PrintStream out = TerminalSafeOutput.safe(new PrintStream(terminal, true, encoding), encoding);
            // when a C1 CSI and a line are printed
            out.print("\u009B2J ok");
            out.flush();
            // then the CSI is shown as text wherever the encoding has it as a byte
            String shown = terminal.toString(encoding);
            if (name.equals("ISO-8859-15") || name.equals("ISO-8859-2")) {
                assertEquals("\\x9B2J ok", shown, name);
            } else {
                assertEquals(false, shown.contains("\u009B"), name + ": " + shown);
            }
        }
        // and windows-1252's 0x80-0x9F are printed as the letters and signs they are there
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Charset windows = Charset.forName("windows-1252");
        PrintStream out = TerminalSafeOutput.safe(new PrintStream(terminal, true, windows), windows);
        out.print("\u20AC O\u2019Brien");
        out.flush();
        assertEquals("\u20AC O\u2019Brien", terminal.toString(windows));
    }

    private static String printed(String text) {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Charset utf8 = StandardCharsets.UTF_8;
        PrintStream out = TerminalSafeOutput.safe(new PrintStream(terminal, true, utf8), utf8);
        out.print(text);
        out.flush();
        return terminal.toString(utf8);
    }
}
