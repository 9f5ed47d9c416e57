package org.switchover.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names, addresses and case-note prose. Some names carry Windows-1252 characters (O’Brien with U+2019,
 * Zoë) that land in the latin1 tables as bytes 0x92 and 0xEB; some texts carry NUL bytes.
 */
final class LegacyText {
    static final List<String> SURNAMES = List.of("SMITH", "JONES", "TAYLOR", "BROWN", "WILSON", "ROBSON", "WALKER",
            "THOMPSON", "WHITE", "HUGHES", "EDWARDS", "GREEN", "HALL", "WOOD", "HARRIS", "LEWIS", "MARTIN", "JACKSON",
            "CLARKE", "CLARK", "TURNER", "HILL", "SCOTT", "COOPER", "MORRIS", "WARD", "MOORE", "KING", "WATSON", "BAKER",
            "O’BRIEN", "O’NEILL", "D’SOUZA", "O'CONNOR", "MÜLLER", "NOWAK", "KOWALSKI", "KHAN", "AHMED", "BEGUM");
    static final List<String> FORENAMES = List.of("Oliver", "Jack", "Harry", "George", "Charlie", "Jacob", "Noah",
            "Alfie", "Leo", "Oscar", "Amelia", "Olivia", "Isla", "Emily", "Ava", "Jessica", "Lily", "Sophie", "Grace",
            "Mia", "Zoë", "Chloë", "Renée", "Siân", "Noël", "José", "Anaïs", "Bronagh", "Kai", "Ellie-Mae");
    static final List<String> STREETS = List.of("Front Street", "Station Road", "Church Lane", "Durham Road",
            "Victoria Terrace", "Park View", "Mill Lane", "High Street", "North Road", "Queen’s Road");
    static final List<String> TOWNS = List.of("Durham", "Chester-le-Street", "Consett", "Stanley", "Seaham",
            "Peterlee", "Bishop Auckland", "Spennymoor", "Newton Aycliffe", "Barnard Castle");
    static final List<String> POSTCODE_AREAS = List.of("DH1", "DH2", "DH3", "DH6", "DH7", "DH8", "DH9", "SR7", "SR8",
            "DL4", "DL5", "DL12", "DL14", "DL15", "TS21");
    private static final String[] WORDS = ("visited home mother father carer school child young person seen spoke "
            + "about safety plan concerns neglect bedroom clean food cupboard attendance health visitor police report "
            + "strategy discussion agreed actions review meeting family support worker contact arranged grandparent "
            + "agreed to continue monitoring will update manager next week telephone call with teacher").split(" ");
    /** Windows-1252 punctuation that word processors paste in: curly quotes, dashes, the euro sign, ellipsis. */
    private static final String[] CP1252_PUNCTUATION = {"’", "‘", "“", "”", "–", "—", "€", "…", "é", "ë"};

    private final SplittableRandom random;

    LegacyText(SplittableRandom random) {
        this.random = random;
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A sentence-based note body of roughly {@code targetLength} characters. */
    String body(int targetLength, boolean cp1252) {
        StringBuilder text = new StringBuilder(targetLength + 64);
        while (text.length() < targetLength) {
            int words = 6 + random.nextInt(10);
            String first = WORDS[random.nextInt(WORDS.length)];
            text.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
            for (int i = 1; i < words; i++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                if (cp1252 && random.nextInt(12) == 0) {
                    text.append(' ').append(CP1252_PUNCTUATION[random.nextInt(CP1252_PUNCTUATION.length)]);
                }
            }
            text.append(". ");
        }
        return text.toString().strip();
    }

    /** The text with a NUL byte inserted (as old import tools left them). */
    String withNul(String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return text.substring(0, at) + '\0' + text.substring(at);
    }

    String postcode() {
        String code = pick(POSTCODE_AREAS) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        double p = random.nextDouble();
        if (p < 0.2) {
            return code.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        }
        return p < 0.3 ? code.toLowerCase(java.util.Locale.ROOT) : code;
    }
}
