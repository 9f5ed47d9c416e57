package org.switchover.mapping;

import org.switchover.mapping.MappingFile.ColumnSpec;
import org.switchover.mapping.MappingFile.Missing;
import org.switchover.codemap.CodeMap;
import org.switchover.transform.Converted;
import org.switchover.transform.LossKind;
import org.switchover.transform.ValueTransform;

import java.util.List;

/** One target column of a compiled mapping: its inputs, transform, code map and reference, resolved once. */
final class CompiledColumn {
    /** Marks a required reference that points at nothing: the row is rejected. */
    static final Converted MISSING_REFERENCE = Converted.lost(LossKind.DANGLING_REFERENCE);

    private final ColumnSpec spec;
    private final ValueTransform transform;
    private final CodeMap codes;
    private final String[] inputs;
    private final String lossColumn;
    private final Converted constant;

    CompiledColumn(ColumnSpec spec, ValueTransform transform, CodeMap codes) {
        this.spec = spec;
        this.transform = transform;
        this.codes = codes;
        this.inputs = spec.from().toArray(String[]::new);
        this.lossColumn = spec.from().isEmpty() ? spec.target() : spec.from().get(0);
        this.constant = Converted.ok(spec.constant());
    }

    ColumnSpec spec() {
        return spec;
    }

    String target() {
        return spec.target();
    }

    List<String> sources() {
        return spec.from();
    }

    /** The legacy column a loss is counted against: the first input. */
    String lossColumn() {
        return lossColumn;
    }

    /** Where this column's inputs sit in the rows of {@code row}'s chunk, in input order. */
    int[] positions(RowView row) {
        int[] positions = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            positions[i] = row.position(inputs[i]);
        }
        return positions;
    }

    /** {@code positions} come from {@link #positions} for the same chunk. */
    String firstInput(RowView row, int[] positions) {
        return inputs.length == 0 ? spec.constant() : row.value(positions[0]);
    }

    /** The column's reference resolved for one chunk, or null when it has none. */
    References.Lookup lookup(References refs) {
        return spec.ref() == null ? null : refs.lookup(spec.ref(), spec.fetch());
    }

    /** The column's legacy lookup table resolved for one chunk, or null when it has none. */
    References.Lookup legacyLookup(References refs) {
        return spec.lookup() == null ? null : refs.legacyLookup(spec.lookup());
    }

    /** {@code positions}, {@code lookup} and {@code legacy} come from {@link #positions}, {@link #lookup}, {@link #legacyLookup}. */
    Converted convert(RowView row, int[] positions, References.Lookup lookup, References.Lookup legacy) {
        if (spec.isConstant()) {
            return constant;
        }
        String[] values = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = row.value(positions[i]);
        }
        if (legacy != null && values.length > 0 && values[0] != null && !values[0].isBlank()) {
            String found = legacy.find(values[0].trim());
            if (found == null) {
                return Converted.lost(LossKind.UNMAPPED); // a code its own lookup table does not hold
            }
            values[0] = found;
        }
        Converted converted = transform.apply(values);
        if (codes != null && converted.value() != null) {
            Converted coded = codes.map(converted.value().toString());
            converted = converted.isLossy() && !coded.isLossy() ? Converted.changed(coded.value(), converted.loss()) : coded;
        }
        if (lookup == null) {
            return converted;
        }
        return resolve(converted, lookup);
    }

    private Converted resolve(Converted converted, References.Lookup lookup) {
        String key = converted.value() == null ? null : converted.value().toString();
        String found = key == null ? null : lookup.find(key);
        if (found != null) {
            return converted.isLossy() ? Converted.changed(found, converted.loss()) : Converted.ok(found);
        }
        if (key == null && spec.missing() != Missing.REJECT) {
            return converted;
        }
        return switch (spec.missing()) {
            case REJECT -> MISSING_REFERENCE;
            case LOSSY -> Converted.lost(LossKind.DANGLING_REFERENCE);
            case NULL -> Converted.absent();
        };
    }
}
