package org.switchover.generate;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** What the table generators share: settings, volumes, the connection, the tally, and the extract window. */
final class GenerationContext {
    /** Years of history before the extract date. */
    static final int YEARS_OF_HISTORY = 20;

    private final GeneratorSettings settings;
    private final Volumes volumes;
    private final Connection connection;
    private final GroundTruthTally tally = new GroundTruthTally();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final int asOfDay;
    private final int firstDay;

    GenerationContext(GeneratorSettings settings, Connection connection) {
        this.settings = settings;
        this.volumes = Volumes.at(settings.scale());
        this.connection = connection;
        this.asOfDay = Days.epochDay(settings.asOf());
        this.firstDay = Days.epochDay(settings.asOf().minusYears(YEARS_OF_HISTORY));
    }

    SplittableRandom stream(String table) {
        return Streams.forTable(settings.seed(), table);
    }

    TableWriter writer(String table) {
        return new TableWriter(connection, table);
    }

    void rowsWritten(String table, long count) {
        rows.put(table, count);
    }

    Map<String, Long> rows() {
        return rows;
    }

    DefectRates rates() {
        return settings.rates();
    }

    GeneratorSettings settings() {
        return settings;
    }

    Volumes volumes() {
        return volumes;
    }

    GroundTruthTally tally() {
        return tally;
    }

    LocalDate asOf() {
        return settings.asOf();
    }

    int asOfDay() {
        return asOfDay;
    }

    int firstDay() {
        return firstDay;
    }

    /** Updated stamp a little after the last event (never after the extract date). */
    String updated(int lastEventDay, SplittableRandom random) {
        return Days.dateTime(updatedDay(lastEventDay, random), random);
    }

    /** The day of an updated stamp; {@link #updated} draws the same numbers, so either keeps the data set unchanged. */
    int updatedDay(int lastEventDay, SplittableRandom random) {
        return Math.min(asOfDay, lastEventDay + random.nextInt(30));
    }
}
