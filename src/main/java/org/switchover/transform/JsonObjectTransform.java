package org.switchover.transform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Several columns as one JSON object whose keys the mapping file names, e.g. keys [outcome, status]
 * give {"outcome":"NFA","status":"CLOSED"}. Not in the registry because it needs its keys:
 * build it with {@link #withKeys(List)}. Values are text, stripped; blank values are null;
 * all blank → NULL; NUL characters are removed and counted.
 */
public final class JsonObjectTransform implements ValueTransform {
    public static final String NAME = "json_object";
    public static final String DOC = "Columns → JSON object keyed by the names given in the mapping; blank values are "
            + "null, all blank → NULL; NUL characters removed (NUL_REMOVED).";

    private final List<String> keys;

    private JsonObjectTransform(List<String> keys) {
        this.keys = keys;
    }

    /** One key per source column, in column order; keys must be non-blank and distinct. */
    public static JsonObjectTransform withKeys(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("json_object needs at least one key");
        }
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("json_object keys must not be blank: " + keys);
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException("json_object key '" + key + "' is given twice: " + keys);
            }
        }
        return new JsonObjectTransform(List.copyOf(keys));
    }

    public List<String> keys() {
        return keys;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String doc() {
        return DOC;
    }

    @Override
    public int arity() {
        return keys.size();
    }

    @Override
    public Converted apply(String... inputs) {
        if (inputs.length != keys.size()) {
            throw new IllegalArgumentException("json_object with keys " + keys + " was given "
                    + inputs.length + " column(s)");
        }
        boolean anyValue = false;
        boolean lostNul = false;
        for (String input : inputs) {
            anyValue |= JsonText.cleanValue(input) != null;
            lostNul |= JsonText.lostNul(input);
        }
        if (!anyValue) {
            return Converted.absent();
        }
        String json = JsonText.write(out -> {
            out.writeStartObject();
            for (int i = 0; i < inputs.length; i++) {
                out.writeStringField(keys.get(i), JsonText.cleanValue(inputs[i]));
            }
            out.writeEndObject();
        });
        return lostNul ? Converted.changed(json, LossKind.NUL_REMOVED) : Converted.ok(json);
    }

    @Override
    public String toString() {
        return NAME + keys;
    }
}
