package org.switchover.census;

import org.switchover.config.ToolkitVersion;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.config.ConfigurationException;
import org.switchover.run.ScratchRuns;
import org.switchover.schema.CscPersistence;
import org.switchover.files.CsvTable;
import org.switchover.files.PrivateFiles;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Writes the CIN census return of a census year from the target's {@code csc} tables: every child with a CIN episode in
 * the year (the project's returns/cin-census/episodes.sql), each episode with its assessments, CIN plans, Section 47 enquiries and CP plans of
 * the year. What the schema cannot carry is left out and listed ({@code <out>.held-back.csv}), never guessed.
 */
public final class CensusExport {
    /** Rows fetched per round trip while streaming the episodes. */
    private static final int FETCH_ROWS = 2_000;
    private static final String REFERRAL_ID = "referral_id";
    private static final String PERSON_ID = "person_id";

    private final ConnectionSpec target;
    private final Path queries;

    /**
     * @param queries the project's census queries ({@code returns/cin-census/}): the return's elements are defined over
     *                the project's target tables, so they are the project's, not the toolkit's
     */
    public CensusExport(ConnectionSpec target, Path queries) {
        this.target = target;
        this.queries = queries;
    }

    public CensusResult write(CensusRequest request) {
        long started = System.nanoTime();
        try (Connection connection = Databases.connect(target)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            requireAWholeLoad(connection);
            Map<Long, List<Map<String, String>>> assessments = byReferral(connection, "assessments.sql", request);
            Map<Long, List<Map<String, String>>> cinPlans = byReferral(connection, "cin_plans.sql", request);
            Map<Long, List<Map<String, String>>> section47 = byReferral(connection, "section47.sql", request);
            Map<Long, List<Map<String, String>>> cpPlans = byReferral(connection, "cp_plans.sql", request);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int[] counts = new int[2];
            try (CensusXml xml = new CensusXml(bytes);
                 PreparedStatement statement = prepare(connection, "episodes.sql", request);
                 ResultSet rows = statement.executeQuery()) {
                xml.start(request, ToolkitVersion.current(), LocalDateTime.now());
                long person = Long.MIN_VALUE;
                while (rows.next()) {
                    Map<String, String> row = row(rows);
                    long personId = rows.getLong(PERSON_ID);
                    if (personId != person) {
                        if (counts[0] > 0) {
                            xml.endChild();
                        }
                        xml.startChild(row);
                        person = personId;
                        counts[0]++;
                    }
                    long referral = rows.getLong(REFERRAL_ID);
                    xml.cinDetails(row, of(assessments, referral), of(cinPlans, referral), of(section47, referral), of(cpPlans, referral));
                    counts[1]++;
                }
                if (counts[0] > 0) {
                    xml.endChild();
                }
                xml.end();
            }
            List<CensusResult.HeldBack> heldBack = heldBack(connection, request);
            connection.rollback();
            PrivateFiles.write(request.out(), bytes.toByteArray());
            PrivateFiles.writeString(heldBackFile(request.out()), CsvTable.text(List.of("legacyRef", "element", "record", "reason"),
                    heldBack.stream().map(h -> List.of(h.legacyRef(), h.element(), String.valueOf(h.record()), h.reason())).toList()));
            return new CensusResult(request.out(), counts[0], counts[1], heldBack, bytes.size(), (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new CensusException("reading the census year " + request.year() + " from the " + target + " failed: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new CensusException("writing the census XML failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CensusException("cannot write " + request.out() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A return is made from a target that holds one whole, successful load: an empty target, a failed or interrupted
     * load, or a scratch run (dry-run --only) would give a return that looks complete and is not.
     */
    private void requireAWholeLoad(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/run/latest_full_load.sql").text());
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new ConfigurationException("the " + target + " holds no dry run or final load: there is nothing to make a "
                        + "census return from");
            }
            if (!"SUCCEEDED".equals(row.getString(3))) {
                throw new ConfigurationException("the latest load into the " + target + " (" + row.getString(2) + " run "
                        + row.getLong(1) + ") is " + row.getString(3) + ": its csc is not whole, so no census return is made from it");
            }
            if (CscPersistence.emptiedByCrash(connection)) {
                throw new ConfigurationException("the " + target + " has recovered from a crash since " + row.getString(2) + " run "
                        + row.getLong(1) + " loaded it, and " + CscPersistence.WHY_EMPTY
                        + ": its csc is not whole, so no census return is made from it");
            }
        }
        OptionalLong scratch = ScratchRuns.inCsc(connection);
        if (scratch.isPresent()) {
            throw new ConfigurationException("no census return now: " + ScratchRuns.refusal(scratch.getAsLong()));
        }
    }

    /** The list of what the schema cannot carry, beside the XML: {@code cin_census_2019.xml.held-back.csv}. */
    public static Path heldBackFile(Path out) {
        return out.resolveSibling(out.getFileName() + ".held-back.csv");
    }

    private static List<Map<String, String>> of(Map<Long, List<Map<String, String>>> byReferral, long referral) {
        return byReferral.getOrDefault(referral, List.of());
    }

    private Map<Long, List<Map<String, String>>> byReferral(Connection connection, String file, CensusRequest request)
            throws SQLException {
        Map<Long, List<Map<String, String>>> result = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, file, request); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.computeIfAbsent(rows.getLong(REFERRAL_ID), id -> new ArrayList<>()).add(row(rows));
            }
        }
        return result;
    }

    private List<CensusResult.HeldBack> heldBack(Connection connection, CensusRequest request) throws SQLException {
        List<CensusResult.HeldBack> result = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, "held_back.sql", request); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(new CensusResult.HeldBack(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4)));
            }
        }
        return result;
    }

    private PreparedStatement prepare(Connection connection, String file, CensusRequest request) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SqlResource.file(queries.resolve(file)).text());
        statement.setFetchSize(FETCH_ROWS);
        statement.setDate(1, Date.valueOf(request.firstDay()));
        statement.setDate(2, Date.valueOf(request.lastDay()));
        return statement;
    }

    /** The row's element columns (every column but the keys), in the query's order. */
    private static Map<String, String> row(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i);
            if (!name.equals(REFERRAL_ID) && !name.equals(PERSON_ID)) {
                row.put(name, rows.getString(i));
            }
        }
        return row;
    }
}
