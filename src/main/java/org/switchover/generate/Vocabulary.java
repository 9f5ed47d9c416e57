package org.switchover.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The legacy code vocabularies (mixed systems and cases) with their census meaning per the README's code
 * maps, plus values with no census equivalent. Only values whose mapping the README states are written.
 */
final class Vocabulary {
    static final List<String> ETHNIC_CENSUS = List.of("ABAN", "AIND", "AOTH", "APKN", "BAFR", "BCRB", "BOTH", "CHNE",
            "MOTH", "MWAS", "MWBA", "MWBC", "NOBT", "OOTH", "REFU", "WBRI", "WIRI", "WIRT", "WOTH", "WROM");
    static final Map<String, String> ETHNIC_2001 = Map.ofEntries(Map.entry("A1", "WBRI"), Map.entry("A2", "WIRI"),
            Map.entry("A3", "WOTH"), Map.entry("B1", "MWBC"), Map.entry("B2", "MWBA"), Map.entry("B3", "MWAS"),
            Map.entry("B4", "MOTH"), Map.entry("C1", "AIND"), Map.entry("C2", "APKN"), Map.entry("C3", "ABAN"),
            Map.entry("C4", "AOTH"), Map.entry("D1", "BCRB"), Map.entry("D2", "BAFR"), Map.entry("D3", "BOTH"),
            Map.entry("E1", "CHNE"), Map.entry("E2", "OOTH"), Map.entry("Z", "REFU"));
    static final List<String> ETHNIC_2001_CODES = ETHNIC_2001.keySet().stream().sorted().toList();
    static final Map<String, String> ETHNIC_DESCRIPTIONS = Map.of("White British", "WBRI", "White Irish", "WIRI");
    static final List<String> ETHNIC_UNMAPPED = List.of("Q9", "X1", "99", "OTHR");

    static final List<String> SOURCES = List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
            "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
    static final List<String> SOURCE_UNMAPPED = List.of("11", "5E", "0", "X9");
    static final List<String> NEED_UNMAPPED = List.of("N99", "NX", "X");
    static final List<String> DISABILITIES = List.of("AUT", "BEH", "COMM", "CON", "DDA", "HAND", "HEAR", "INC", "LD",
            "MOB", "PC", "VIS");
    static final List<String> DISABILITY_UNMAPPED = List.of("ADHD", "DEAF", "XYZ");
    /** CIN census assessment factor codes. */
    static final List<String> FACTORS = List.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C",
            "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
            "14A", "15A", "16A", "17A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A");
    static final List<String> FACTOR_UNMAPPED = List.of("99", "0A", "ZZ");
    static final List<List<String>> CATEGORIES = List.of(List.of("N", "NEG", "Neglect"), List.of("P", "PHY", "Physical"),
            List.of("S", "SAB", "Sexual"), List.of("E", "EMO", "Emotional"), List.of("M", "MUL", "Multiple"));
    static final List<String> CATEGORY_CENSUS = List.of("NEG", "PHY", "SAB", "EMO", "MUL");
    static final List<String> CATEGORY_UNMAPPED = List.of("DV", "X", "ZZ");
    static final List<String> CLOSE_TEXT_UNMAPPED = List.of("Moved away", "Case transferred", "Closed in error");
    static final List<String> CHILD_SEEN_UNMAPPED = List.of("U", "?");
    static final List<String> QUORATE_UNMAPPED = List.of("?", "U");

    private final SplittableRandom random;
    private final double lowerCase;

    Vocabulary(SplittableRandom random, double lowerCase) {
        this.random = random;
        this.lowerCase = lowerCase;
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The value, sometimes in lower case (code maps are case-insensitive). */
    String anyCase(String value) {
        return random.nextDouble() < lowerCase ? value.toLowerCase(Locale.ROOT) : value;
    }

    Coded sex(boolean unmapped) {
        if (unmapped) {
            return Coded.unmappedCode(pick(List.of("X", "I", "9")));
        }
        double p = random.nextDouble();
        if (p < 0.02) {
            return Coded.NULL;
        }
        if (p < 0.04) {
            return Coded.empty("");
        }
        if (p < 0.07) {
            return Coded.mapped("U", "U");
        }
        boolean male = random.nextBoolean();
        if (p < 0.25) {
            return Coded.mapped(male ? "1" : "2", male ? "M" : "F");
        }
        return Coded.mapped(anyCase(male ? "M" : "F"), male ? "M" : "F");
    }

    Coded ethnicity(boolean unmapped) {
        if (unmapped) {
            return Coded.unmappedCode(pick(ETHNIC_UNMAPPED));
        }
        double p = random.nextDouble();
        if (p < 0.07) {
            return Coded.NULL;
        }
        if (p < 0.08) {
            return Coded.empty("");
        }
        if (p < 0.22) {
            String code = pick(ETHNIC_2001_CODES);
            return Coded.mapped(anyCase(code), ETHNIC_2001.get(code));
        }
        if (p < 0.27) {
            String description = random.nextBoolean() ? "White British" : "White Irish";
            return Coded.mapped(anyCase(description), ETHNIC_DESCRIPTIONS.get(description));
        }
        String code = p < 0.75 ? "WBRI" : pick(ETHNIC_CENSUS);
        return Coded.mapped(anyCase(code), code);
    }

    Coded source(boolean unmapped) {
        if (unmapped) {
            return Coded.unmappedCode(pick(SOURCE_UNMAPPED));
        }
        if (random.nextDouble() < 0.03) {
            return Coded.NULL;
        }
        String code = pick(SOURCES);
        return Coded.mapped(anyCase(code), code);
    }

    Coded need(boolean unmapped) {
        if (unmapped) {
            return Coded.unmappedCode(pick(NEED_UNMAPPED));
        }
        if (random.nextDouble() < 0.03) {
            return Coded.NULL;
        }
        // N1 (abuse or neglect) dominates real caseloads
        String code = random.nextDouble() < 0.5 ? "N1" : "N" + random.nextInt(10);
        return Coded.mapped(anyCase(code), code);
    }

    /** A category of abuse in one of its three vocabularies; null when the plan has none recorded. */
    Coded category(boolean unmapped) {
        if (unmapped) {
            return Coded.unmappedCode(pick(CATEGORY_UNMAPPED));
        }
        if (random.nextDouble() < 0.02) {
            return Coded.NULL;
        }
        // neglect is the most common category, then emotional abuse
        double p = random.nextDouble();
        int index = p < 0.48 ? 0 : p < 0.83 ? 3 : p < 0.91 ? 1 : p < 0.95 ? 2 : 4;
        return Coded.mapped(anyCase(pick(CATEGORIES.get(index))), CATEGORY_CENSUS.get(index));
    }

    Coded childSeen(boolean unmapped) {
        if (unmapped) {
            return Coded.unmappedCode(pick(CHILD_SEEN_UNMAPPED));
        }
        if (random.nextDouble() < 0.05) {
            return Coded.NULL;
        }
        boolean seen = random.nextDouble() < 0.9;
        String raw = seen ? pick(List.of("Y", "1", "YES")) : pick(List.of("N", "0", "NO"));
        return Coded.mapped(anyCase(raw), seen ? "Y" : "N");
    }

    Coded quorate(boolean unmapped) {
        if (unmapped) {
            return Coded.unmappedCode(pick(QUORATE_UNMAPPED));
        }
        if (random.nextDouble() < 0.05) {
            return Coded.NULL;
        }
        String census = random.nextDouble() < 0.93 ? "Y" : "N";
        return Coded.mapped(anyCase(census), census);
    }
}
