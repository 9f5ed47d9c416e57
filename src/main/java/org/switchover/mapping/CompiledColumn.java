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

    CompiledColumn(ColumnSpec spec, ValueTransform transform, CodeMap codes) {
        this.spec = spec;
        this.transform = transform;
        this.codes = codes;
        this.inputs = spec.from().toArray(String[]::new);
        this.lossColumn = spec.from().isEmpty() ? spec.target() : spec.from().get(0);
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

    String firstInput(RowView row) {
        return inputs.length == 0 ? spec.constant() : row.value(inputs[0]);
    }

    Converted convert(RowView row, References refs) {
        if (spec.isConstant()) {
            return Converted.ok(spec.constant());
        }
        String[] values = new String[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = row.value(inputs[i]);
        }
        Converted converted = transform.apply(values);
        if (codes != null && converted.value() != null) {
            Converted coded = codes.map(converted.value().toString());
            converted = converted.isLossy() && !coded.isLossy() ? Converted.changed(coded.value(), converted.loss()) : coded;
        }
        if (spec.ref() == null) {
            return converted;
        }
        return resolve(converted, refs);
    }

    private Converted resolve(Converted converted, References refs) {
        String key = converted.value() == null ? null : converted.value().toString();
        String found = key == null ? null : refs.lookup(spec.ref(), spec.fetch(), key);
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
