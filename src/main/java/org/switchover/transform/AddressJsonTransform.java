package org.switchover.transform;

/**
 * Address lines and town as a JSON object: {"lines":["1 High St","Framwellgate"],"town":"Durham"}.
 * Takes any number of columns; the last is the town, the others are lines in order.
 */
final class AddressJsonTransform implements ValueTransform {
    static final String NAME = "address_json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String doc() {
        return "Address lines then town (last column) → JSON {\"lines\":[...],\"town\":...}; blank lines are "
                + "skipped, a blank town is null, all blank → NULL; NUL characters removed (NUL_REMOVED).";
    }

    @Override
    public int arity() {
        return -1;
    }

    /** Address lines and the town are text. */
    @Override
    public java.util.Set<LegacyType> accepts(int input) {
        return LegacyType.TEXT;
    }

    @Override
    public Converted apply(String... inputs) {
        if (inputs.length == 0) {
            throw new IllegalArgumentException("address_json needs at least the town column");
        }
        int townIndex = inputs.length - 1;
        String town = JsonText.cleanValue(inputs[townIndex]);
        boolean anyLine = false;
        boolean lostNul = JsonText.lostNul(inputs[townIndex]);
        for (int i = 0; i < townIndex; i++) {
            anyLine |= JsonText.cleanValue(inputs[i]) != null;
            lostNul |= JsonText.lostNul(inputs[i]);
        }
        if (!anyLine && town == null) {
            return Converted.absent();
        }
        String json = JsonText.write(out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("lines");
            for (int i = 0; i < townIndex; i++) {
                String line = JsonText.cleanValue(inputs[i]);
                if (line != null) {
                    out.writeString(line);
                }
            }
            out.writeEndArray();
            out.writeStringField("town", town);
            out.writeEndObject();
        });
        return lostNul ? Converted.changed(json, LossKind.NUL_REMOVED) : Converted.ok(json);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
