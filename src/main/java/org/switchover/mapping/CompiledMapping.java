package org.switchover.mapping;

import org.switchover.mapping.MappingFile.Missing;
import org.switchover.mapping.MappingFile.RowRule;
import org.switchover.pipeline.ChunkTransformer;
import org.switchover.pipeline.ExclusionRecord;
import org.switchover.pipeline.LossyRecord;
import org.switchover.pipeline.RejectRecord;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TargetBatch;
import org.switchover.pipeline.TransformResult;
import org.switchover.pipeline.UndefinedBytes;
import org.switchover.codemap.CodeMap;
import org.switchover.transform.Converted;
import org.switchover.transform.LossKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * A validated mapping file turned into a {@link ChunkTransformer}: for each legacy row it applies
 * the exclusion rules, then the reject rules, then builds every target column in file order
 * (transform, then code map, then reference). Plain Java: the fixtures and the engine both call it.
 */
public final class CompiledMapping implements ChunkTransformer {
    /** Reason given to a list item whose code has no census equivalent. */
    public static final String UNMAPPED_CODE = "unmapped_code";
    /** Rule that excludes a code listed twice for the same row. */
    public static final String DUPLICATE_CODE = "duplicate_code";

    private final MappingFile file;
    private final List<CompiledColumn> columns;
    private final CodeMap explodeCodes;
    private final Supplier<References> references;
    private final List<String> targetColumns;

    CompiledMapping(MappingFile file, List<CompiledColumn> columns, CodeMap explodeCodes, Supplier<References> references) {
        this.file = file;
        this.columns = columns;
        this.explodeCodes = explodeCodes;
        this.references = references;
        this.targetColumns = columns.stream().map(CompiledColumn::target).toList();
    }

    public MappingFile file() {
        return file;
    }

    public List<String> targetColumns() {
        return targetColumns;
    }

    /** The legacy columns the mapping reads, key first, in a stable order. */
    public List<String> sourceColumns() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(file.sourceKey());
        file.excludes().forEach(rule -> names.add(rule.column()));
        file.rejects().forEach(rule -> names.add(rule.column()));
        if (file.explode() != null) {
            names.add(file.explode().from());
        }
        columns.forEach(column -> column.sources().forEach(names::add));
        if (file.explode() != null) {
            names.remove(file.explode().as());
        }
        return List.copyOf(names);
    }

    @Override
    public TransformResult transform(SourceChunk chunk) {
        References refs = references.get();
        RowView view = new RowView(chunk.columns(), file.explode() == null ? null : file.explode().as());
        Layout layout = new Layout(view, refs);
        Outcome outcome = new Outcome(file.target(), targetColumns);
        Map<Integer, Map<Integer, String>> undefinedBytes = byRow(chunk.undefinedBytes());
        int index = 0;
        for (String[] row : chunk.rows()) {
            view.reset(row, undefinedBytes.get(index++));
            transformRow(view, layout, refs, outcome);
        }
        return outcome.result(file.sourceTable());
    }

    private static Map<Integer, Map<Integer, String>> byRow(List<UndefinedBytes> found) {
        Map<Integer, Map<Integer, String>> byRow = new HashMap<>();
        for (UndefinedBytes value : found) {
            byRow.computeIfAbsent(value.row(), row -> new HashMap<>()).put(value.column(), value.bytes());
        }
        return byRow;
    }

    /** Where every value the mapping reads sits in the chunk's rows: names resolved once per chunk, not per row. */
    private final class Layout {
        final int key;
        final int explodeFrom;
        final int[] excludes;
        final int[] rejects;
        final List<BiPredicate<String, References>> excludeTests;
        final List<BiPredicate<String, References>> rejectTests;
        final int[][] columnInputs;
        final References.Lookup[] columnLookups;
        final References.Lookup[] legacyLookups;

        Layout(RowView view, References refs) {
            key = view.position(file.sourceKey());
            explodeFrom = file.explode() == null ? RowView.ITEM : view.position(file.explode().from());
            excludes = file.excludes().stream().mapToInt(rule -> view.position(rule.column())).toArray();
            rejects = file.rejects().stream().mapToInt(rule -> view.position(rule.column())).toArray();
            excludeTests = file.excludes().stream().map(rule -> RowPredicates.predicate(rule)).toList();
            rejectTests = file.rejects().stream().map(rule -> RowPredicates.predicate(rule)).toList();
            columnInputs = new int[columns.size()][];
            columnLookups = new References.Lookup[columns.size()];
            legacyLookups = new References.Lookup[columns.size()];
            for (int c = 0; c < columnInputs.length; c++) {
                columnInputs[c] = columns.get(c).positions(view);
                columnLookups[c] = columns.get(c).lookup(refs);
                legacyLookups[c] = columns.get(c).legacyLookup(refs);
            }
        }
    }

    private void transformRow(RowView row, Layout layout, References refs, Outcome outcome) {
        String key = row.value(layout.key);
        List<String> items = file.explode() == null ? null : row.items(layout.explodeFrom);
        int count = items == null ? 1 : items.size();
        outcome.read += count;
        if (count == 0) {
            return;
        }
        List<RowRule> excludes = file.excludes();
        for (int r = 0; r < excludes.size(); r++) {
            RowRule rule = excludes.get(r);
            if (layout.excludeTests.get(r).test(row.value(layout.excludes[r]), refs)) {
                outcome.exclude(key, rule.name(), count);
                return;
            }
        }
        List<String> units = items == null ? null : withoutDuplicates(key, items, outcome);
        List<RowRule> rejects = file.rejects();
        for (int r = 0; r < rejects.size(); r++) {
            RowRule rule = rejects.get(r);
            if (layout.rejectTests.get(r).test(row.value(layout.rejects[r]), refs)) {
                int rejected = units == null ? 1 : units.size();
                String detail = rule.predicate() + " on " + rule.column() + (rule.ref() == null ? "" : " in " + rule.ref());
                for (int i = 0; i < rejected; i++) {
                    outcome.reject(unitKey(key, units, i), rule.name(), detail, row.raw());
                }
                return;
            }
        }
        if (items == null) {
            buildRow(row, layout, key, refs, outcome, null);
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            String item = units.get(i);
            Converted code = explodeCodes == null ? Converted.ok(item) : explodeCodes.map(item);
            row.item(code.value() == null ? null : code.value().toString());
            buildRow(row, layout, unitKey(key, units, i), refs, outcome, code.value() == null ? item : null);
        }
    }

    /**
     * The items of a list without repeats; each repeat is excluded as duplicate_code, because
     * exclusions are decided before rejects. Repeats compare by census code, or by the
     * upper-cased text when the item has none.
     */
    private List<String> withoutDuplicates(String key, List<String> items, Outcome outcome) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> distinct = new ArrayList<>(items.size());
        for (String item : items) {
            Converted code = explodeCodes == null ? Converted.ok(item) : explodeCodes.map(item);
            String identity = code.value() == null ? item.toUpperCase(java.util.Locale.ROOT) : code.value().toString();
            if (seen.add(identity)) {
                distinct.add(item);
            } else {
                outcome.exclude(key + ":" + item, DUPLICATE_CODE, 1);
            }
        }
        return distinct;
    }

    private void buildRow(RowView row, Layout layout, String key, References refs, Outcome outcome, String unmappedItem) {
        Object[] values = new Object[columns.size()];
        List<LossyRecord> losses = null;
        for (int c = 0; c < values.length; c++) {
            CompiledColumn column = columns.get(c);
            int[] inputs = layout.columnInputs[c];
            Converted converted = column.convert(row, inputs, layout.columnLookups[c], layout.legacyLookups[c]);
            if (converted == CompiledColumn.MISSING_REFERENCE) {
                outcome.reject(key, column.spec().reason(), column.spec().ref() + " has no key '"
                        + column.firstInput(row, inputs) + "'", row.raw());
                return;
            }
            values[c] = converted.value();
            if (converted.isLossy()) {
                losses = losses == null ? new ArrayList<>(2) : losses;
                addLoss(losses, key, column.lossColumn(), converted.loss(), column.firstInput(row, inputs));
            }
        }
        if (row.hasUndefinedBytes()) {
            losses = undefinedBytesLosses(row, layout, key, losses);
        }
        if (unmappedItem != null) {
            // rejected, and like every unmapped code counted against its column
            outcome.reject(key, UNMAPPED_CODE, "no census code for '" + unmappedItem + "'", row.raw());
            outcome.lossy.add(new LossyRecord(file.sourceTable(), file.target(), key, file.explode().from(), LossKind.UNMAPPED, unmappedItem));
            return;
        }
        outcome.load(values, key, row);
        if (losses != null) {
            outcome.lossy.addAll(losses);
        }
    }

    /**
     * Bytes Windows-1252 leaves undefined in an input of any target column became U+FFFD whatever the
     * column's transform did next: one loss per legacy column, recording only the bytes.
     */
    private List<LossyRecord> undefinedBytesLosses(RowView row, Layout layout, String key, List<LossyRecord> losses) {
        for (int[] inputs : layout.columnInputs) {
            for (int position : inputs) {
                int source = position == RowView.ITEM ? layout.explodeFrom : position;
                String bytes = row.undefinedBytes(source);
                if (bytes != null) {
                    losses = losses == null ? new ArrayList<>(2) : losses;
                    addLoss(losses, key, row.column(source), LossKind.UNDEFINED_CP1252, bytes);
                }
            }
        }
        return losses;
    }

    private void addLoss(List<LossyRecord> losses, String key, String column, LossKind kind, String raw) {
        for (LossyRecord loss : losses) {
            if (loss.column().equals(column) && loss.kind() == kind) {
                return;
            }
        }
        losses.add(new LossyRecord(file.sourceTable(), file.target(), key, column, kind, raw));
    }

    private static String unitKey(String key, List<String> items, int index) {
        return items == null ? key : key + ":" + items.get(index);
    }

    /** Accumulates one chunk's results. */
    private static final class Outcome {
        final String targetTable;
        final List<String> targetColumns;
        final List<Object[]> rows = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<String[]> sourceRows = new ArrayList<>();
        List<String> sourceColumns;
        final Map<String, Long> excluded = new LinkedHashMap<>();
        final List<RejectRecord> rejects = new ArrayList<>();
        final List<LossyRecord> lossy = new ArrayList<>();
        final List<ExclusionRecord> exclusions = new ArrayList<>();
        long read;
        String sourceTable;

        Outcome(String targetTable, List<String> targetColumns) {
            this.targetTable = targetTable;
            this.targetColumns = targetColumns;
        }

        void exclude(String key, String rule, long units) {
            excluded.merge(rule, units, Long::sum);
            exclusions.add(new ExclusionRecord(sourceTable, targetTable, key, rule, units));
        }

        void reject(String key, String reason, String detail, Map<String, String> raw) {
            rejects.add(new RejectRecord(sourceTable, targetTable, key, reason, detail, raw));
        }

        void load(Object[] values, String key, RowView row) {
            rows.add(values);
            keys.add(key);
            sourceRows.add(row.current());
            sourceColumns = row.columns();
        }

        TransformResult result(String legacyTable) {
            List<RejectRecord> named = new ArrayList<>(rejects.size());
            for (RejectRecord r : rejects) {
                named.add(new RejectRecord(legacyTable, r.targetTable(), r.legacyKey(), r.reason(), r.detail(), r.rawValues()));
            }
            List<ExclusionRecord> excludedKeys = new ArrayList<>(exclusions.size());
            for (ExclusionRecord e : exclusions) {
                excludedKeys.add(new ExclusionRecord(legacyTable, e.targetTable(), e.legacyKey(), e.rule(), e.units()));
            }
            List<Map<String, String>> raws = new RawValueList(sourceColumns, sourceRows);
            return new TransformResult(read, new TargetBatch(targetTable, targetColumns, rows, keys, raws),
                    new HashMap<>(excluded), named, lossy, excludedKeys);
        }
    }
}
