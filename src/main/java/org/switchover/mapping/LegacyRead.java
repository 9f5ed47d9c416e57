package org.switchover.mapping;

import org.switchover.mapping.MappingFile.ColumnSpec;
import org.switchover.transform.LegacyType;
import org.switchover.transform.ValueTransform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One legacy column a mapping reads, where its file says so, and the legacy types it may have there: what the
 * transform of that input accepts, or any type for keys, merge columns, rule columns, list columns and a lookup's key.
 *
 * @param transform the transform that reads it, or null when it is read as a key or by a rule
 */
public record LegacyRead(String mappingId, Path file, int line, String table, String column, String transform,
                         Set<LegacyType> accepts) {

    /** Every legacy column each mapping of the set reads, file by file in the set's order. */
    static List<LegacyRead> of(MappingSet set) {
        List<LegacyRead> reads = new ArrayList<>();
        for (MappingFile file : set.files()) {
            String table = file.sourceTable();
            reads.add(any(file, file.sourceLine(), file.sourceKey()));
            if (file.mergedInto() != null) {
                reads.add(any(file, file.sourceLine(), file.mergedInto()));
            }
            file.excludes().forEach(rule -> reads.add(any(file, rule.line(), rule.column())));
            file.rejects().forEach(rule -> reads.add(any(file, rule.line(), rule.column())));
            String item = file.explode() == null ? null : file.explode().as();
            if (file.explode() != null) {
                reads.add(any(file, file.explode().line(), file.explode().from()));
            }
            for (ColumnSpec spec : file.columns().values()) {
                ValueTransform transform = set.transformOf(spec);
                for (int i = 0; transform != null && i < spec.from().size(); i++) {
                    if (i == 0 && spec.lookup() != null) {
                        // the transform reads the lookup table's value; the column itself is only the lookup's key
                        reads.add(any(file, spec.line(), spec.from().get(0)));
                        for (String column : List.of(spec.lookup().key(), spec.lookup().value())) {
                            reads.add(new LegacyRead(file.id(), file.file(), spec.line(), spec.lookup().table(), column, null, LegacyType.ANY));
                        }
                    } else if (!spec.from().get(i).equals(item)) {
                        reads.add(new LegacyRead(file.id(), file.file(), spec.line(), table, spec.from().get(i), transform.name(),
                                transform.accepts(i)));
                    }
                }
            }
        }
        return List.copyOf(reads);
    }

    private static LegacyRead any(MappingFile file, int line, String column) {
        return new LegacyRead(file.id(), file.file(), line, file.sourceTable(), column, null, LegacyType.ANY);
    }
}
