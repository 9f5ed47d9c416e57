package org.switchover.census;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CensusXmlTest {
    @Test
    void theHeaderTimeKeepsItsSecondsOnTheMinute() throws Exception {
        // given a return written exactly on the minute
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CensusXml xml = new CensusXml(bytes)) {
            // when its header is written
            xml.start(new CensusRequest(2019, "840", Path.of("out.xml")), "1.0", LocalDateTime.of(2019, 4, 1, 10, 0, 0));
            xml.end();
        }
        // then the time is a valid xs:dateTime, seconds included (LocalDateTime.toString() would give 10:00)
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("<DateTime>2019-04-01T10:00:00</DateTime>"), text);
    }
}
