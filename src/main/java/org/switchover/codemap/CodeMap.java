package org.switchover.codemap;

import org.switchover.transform.Converted;
import org.switchover.transform.LossKind;
import org.switchover.transform.ValueTransform;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One declared code map: legacy value → target code, matched after trimming and ignoring case.
 * NULL or blank input is absent (not a loss); a value with no rule is NULL, lost as UNMAPPED.
 * Also usable directly as a one-column {@link ValueTransform} named after the map.
 */
public final class CodeMap implements ValueTransform {
    private static final Converted UNMAPPED = Converted.lost(LossKind.UNMAPPED);

    private final String name;
    private final String doc;
    private final List<String> targetCodes;
    /** Normalised legacy value → the shared result for its code, so a lookup allocates nothing. */
    private final Map<String, Converted> byKey;

    CodeMap(String name, String doc, List<String> targetCodes, Map<String, String> codeByLegacyValue) {
        this.name = name;
        this.doc = doc;
        this.targetCodes = List.copyOf(targetCodes);
        Map<String, Converted> results = new HashMap<>();
        for (String code : targetCodes) {
            results.put(code, Converted.ok(code));
        }
        Map<String, Converted> keys = new HashMap<>();
        codeByLegacyValue.forEach((value, code) -> keys.put(normalise(value), results.get(code)));
        this.byKey = Map.copyOf(keys);
    }

    /** The key a legacy value is matched on: trimmed, upper case. */
    static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    public Converted map(String raw) {
        if (raw == null || raw.isBlank()) {
            return Converted.absent();
        }
        Converted mapped = byKey.get(normalise(raw));
        return mapped == null ? UNMAPPED : mapped;
    }

    @Override
    public Converted apply(String... inputs) {
        if (inputs.length != 1) {
            throw new IllegalArgumentException("code map '" + name + "' takes 1 column, was given " + inputs.length);
        }
        return map(inputs[0]);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String doc() {
        return doc;
    }

    @Override
    public int arity() {
        return 1;
    }

    public List<String> targetCodes() {
        return targetCodes;
    }

    /** How many legacy values the map recognises. */
    public int size() {
        return byKey.size();
    }

    @Override
    public String toString() {
        return "code map " + name;
    }
}
