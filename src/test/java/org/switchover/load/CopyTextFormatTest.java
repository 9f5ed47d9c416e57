package org.switchover.load;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CopyTextFormatTest {
    @Test
    void encodesEveryValueKindWithEscapesAndUtf8() {
        // given a row with NULL, numbers (negative and the extremes), a decimal, dates, and text needing every escape
        Object[] row = {null, 42L, -7, Long.MIN_VALUE, Integer.MAX_VALUE, new BigDecimal("0.50"), LocalDate.of(2019, 1, 31),
                LocalDateTime.of(2018, 12, 1, 9, 30), LocalDateTime.of(1999, 2, 3, 4, 5, 6, 120_000_000), LocalDate.of(12, 3, 4),
                LocalDate.of(10000, 1, 1), "tab\there\nline\r\\slash", "Zoë € 😀 ŵ"};

        // when it is encoded
        String line = new String(CopyTextFormat.encodeRow(row), StandardCharsets.UTF_8);

        // then each value is in COPY text form, tab-separated, newline-terminated
        assertEquals("\\N\t42\t-7\t-9223372036854775808\t2147483647\t0.50\t2019-01-31\t2018-12-01 09:30:00\t"
                + "1999-02-03 04:05:06.12\t0012-03-04\t+10000-01-01\t"
                + "tab\\there\\nline\\r\\\\slash\tZoë € 😀 ŵ\n", line);
    }

    @Test
    void aBatchIsTheRowsBackToBackWithTheirEnds() {
        // given 500 rows long enough to make the buffer grow several times
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new Object[]{(long) i, "x".repeat(i)});
        }

        // when the batch is encoded
        CopyTextFormat.EncodedRows encoded = CopyTextFormat.encodeRows(rows);

        // then each row's slice is exactly that row's own encoding
        for (int i = 0; i < rows.size(); i++) {
            byte[] slice = Arrays.copyOfRange(encoded.bytes(), encoded.start(i), encoded.end(i));
            assertEquals(new String(CopyTextFormat.encodeRow(rows.get(i)), StandardCharsets.UTF_8),
                    new String(slice, StandardCharsets.UTF_8));
            assertEquals(i + "\t" + "x".repeat(i) + "\n", new String(slice, StandardCharsets.UTF_8));
        }
    }
}
