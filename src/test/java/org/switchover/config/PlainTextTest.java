package org.switchover.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a person types for the record is plain text on one line ({@link PlainText}). */
class PlainTextTest {
    @Test
    void plainTextInAnyScriptPasses() {
        for (String text : new String[] {"Zoë O’Brien", "Head of Service, Children's Front Door", "عائشة", "accepted: see case file 12/3"}) {
            assertEquals(text, PlainText.require(text, "--owner"));
        }
    }

    @Test
    void controlAndBidirectionalCharactersAreRefusedNamingWhereTheyAre() {
        assertEquals("--reason holds U+0009 at character 3, a control character: type plain text on one line",
                assertThrows(ConfigurationException.class, () -> PlainText.require("ok\tthen", "--reason")).getMessage());
        assertEquals("--reason holds U+0085 at character 1, a control character: type plain text on one line",
                assertThrows(ConfigurationException.class, () -> PlainText.require("\u0085", "--reason")).getMessage());
        assertEquals("--role holds U+2067 at character 1, a bidirectional control that shows text in another order than it is stored: "
                + "type plain text on one line", assertThrows(ConfigurationException.class, () -> PlainText.require("\u2067x", "--role")).getMessage());
    }
}
