package org.switchover.generate;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.legacy.LegacySchema;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty legacy schema with synthetic records carrying every known defect, deterministically from
 * the seed, and returns (and optionally writes) the ground truth a correct migration must reproduce.
 */
public final class LegacyGenerator {
    static final String ROW_COUNTS_SQL = "sql/generate/row-counts.sql";
    static final List<String> TABLES = List.of("team", "staff", "client", "contact_log", "referral", "assessment",
            "s47_icpc", "cp_registration", "cp_review", "lac_episode", "allocation", "case_note");

    /** Generates into the legacy database, which must hold the legacy schema with every table empty. */
    public GenerationResult generate(ConnectionSpec legacy, GeneratorSettings settings) {
        long started = System.nanoTime();
        try (Connection connection = Databases.connect(legacy)) {
            requireEmptySchema(legacy, connection);
            connection.setAutoCommit(false);
            GenerationContext context = new GenerationContext(settings, connection);
            GroundTruth truth = generateAll(context);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (settings.groundTruthFile() != null) {
                truth.write(settings.groundTruthFile());
            }
            return new GenerationResult(orderedRows(context.rows()), seconds, truth);
        } catch (SQLException e) {
            throw new GeneratorException("generating into the " + legacy + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new GeneratorException("cannot write the ground truth file " + settings.groundTruthFile() + ": " + e.getMessage(), e);
        }
    }

    private static GroundTruth generateAll(GenerationContext context) {
        Workforce workforce = new Workforce();
        workforce.write(context);
        ClientRegistry clients = new ClientGenerator(context).generate();
        List<Referral> referrals = new ReferralGenerator(context).generate(clients, workforce);
        List<Referral> accepted = referrals.stream().filter(r -> !r.nfa).toList();
        AllocationGenerator allocations = new AllocationGenerator(context);
        allocations.generate(clients, workforce, referrals);
        new AssessmentGenerator(context).generate(clients, workforce, accepted);
        List<S47Generator.S47> enquiries = new S47Generator(context).generate(clients, workforce, accepted);
        CpPlanGenerator cpPlans = new CpPlanGenerator(context);
        List<CpPlan> plans = cpPlans.generate(clients, workforce, enquiries);
        new CpReviewGenerator(context).generate(plans);
        new LookedAfterGenerator(context).generate(clients);
        new CaseNoteGenerator(context).generate(clients, workforce);
        GroundTruthTally tally = context.tally();
        GeneratorSettings settings = context.settings();
        return new GroundTruth(settings.seed(), settings.scale(), settings.asOf().toString(), orderedRows(context.rows()),
                tally.loadedCount(Mapping.PERSON), tally.mappings(), allocations.openDutyCases(referrals),
                allocations.openCasesAllocatedToLeftWorkers(referrals), cpPlans.activeByCategory(),
                cpPlans.activeExcludingOla(), cpPlans.childrenWithMultipleActivePlans(), HeadlineTruth.openReferrals(referrals),
                HeadlineTruth.notMigrated(referrals, plans, context.asOfDay()), tally.missingMandatory(),
                tally.lossyConversions(), tally.unmappedCodes(), tally.censusCodes(),
                CensusTruth.childrenByYear(referrals, settings.asOf()));
    }

    private static Map<String, Long> orderedRows(Map<String, Long> rows) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        TABLES.forEach(table -> ordered.put(table, rows.getOrDefault(table, 0L)));
        return ordered;
    }

    private static void requireEmptySchema(ConnectionSpec legacy, Connection connection) throws SQLException {
        List<String> existing = LegacySchema.existingTables(connection);
        List<String> missing = new ArrayList<>(TABLES);
        missing.removeAll(existing);
        if (!missing.isEmpty()) {
            throw new GeneratorException("the " + legacy + " lacks legacy table" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + "; create the schema first (legacy-schema)");
        }
        List<String> filled = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load(ROW_COUNTS_SQL).statements().get(0))) {
            while (rows.next()) {
                if (rows.getLong(2) > 0) {
                    filled.add(rows.getString(1) + " (" + rows.getLong(2) + " rows)");
                }
            }
        }
        if (!filled.isEmpty()) {
            throw new GeneratorException("the " + legacy + " is not empty: " + String.join(", ", filled)
                    + "; generate only fills an empty legacy schema");
        }
    }
}
