package org.switchover.exceptions;

import org.switchover.config.ConfigurationException;
import org.switchover.config.PlainText;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.ledger.Ledger;
import org.switchover.reconcile.Decision;
import org.switchover.reconcile.DecisionRecords;
import org.switchover.reconcile.OwnerDecision;
import org.switchover.reconcile.ReconciliationRecords;
import org.switchover.reconcile.ReconciliationRecords.RecordedFinding;
import org.switchover.reconcile.RecordedReconciliation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Records one data owner's decision about one failing record of the latest reconciliation of the latest successful dry
 * run (migration-rules.md, "Exceptions"), and lists the decisions. A request is refused (a {@link ConfigurationException}
 * with one exact line) when a field is missing, the decision word is unknown, there is no reconciled dry run, the check
 * is not in that reconciliation, the role is not the check's owner (its YAML's, as the reconciliation recorded it), or
 * the record is not failing there. Decisions are only ever added: a new one on the same record supersedes the last.
 */
public final class ExceptionRegister {
    private final ConnectionSpec target;

    public ExceptionRegister(ConnectionSpec target) {
        this.target = target;
    }

    /** What was asked for, before it is checked: any field may be missing or wrong. */
    public record Request(String checkId, String key, String decision, String owner, String role, String reason) {
    }

    /** Every decision, oldest first, and the ids of those in force now. */
    public record Listing(List<OwnerDecision> decisions, Set<Long> inForce) {
        public Listing {
            decisions = List.copyOf(decisions);
            inForce = Set.copyOf(inForce);
        }
    }

    public OwnerDecision decide(Request request) {
        Decision decision = checkFields(request);
        try (Connection connection = Databases.connect(target)) {
            List<String> refusals = org.switchover.run.LatestLoadInCsc.refusals(connection, org.switchover.run.LatestLoadInCsc.NO_RUN);
            if (!refusals.isEmpty()) {
                // a decision is made on a record of the latest dry run, which csc no longer holds as its report counted it
                throw new ConfigurationException("no exception can be decided now: " + refusals.get(0));
            }
            RecordedReconciliation latest = ReconciliationRecords.latestOfLatestDryRun(connection).orElseThrow(() ->
                    new ConfigurationException("no reconciled dry run in " + target.identity() + ": run dry-run first"));
            String where = "reconciliation " + latest.id() + " of dry run " + latest.runId();
            String owner = ReconciliationRecords.checkOwner(connection, latest.id(), request.checkId()).orElseThrow(() ->
                    new ConfigurationException("check '" + request.checkId() + "' is not in " + where));
            if (!owner.strip().equalsIgnoreCase(request.role().strip())) {
                throw new ConfigurationException("role '" + request.role().strip() + "' does not own check " + request.checkId()
                        + ": only its owner '" + owner + "' may decide on its records");
            }
            Optional<RecordedFinding> failing = ReconciliationRecords.findings(connection, latest.id()).stream()
                    .filter(f -> f.checkId().equals(request.checkId()) && f.key().equals(request.key().strip())).findFirst();
            if (failing.isEmpty()) {
                throw new ConfigurationException("record '" + request.key().strip() + "' of check " + request.checkId()
                        + " is not failing in " + where + ": only a failing record can have an exception");
            }
            return Ledger.inTransaction(connection, c -> {
                OwnerDecision added = DecisionRecords.add(c, latest, failing.get(), decision, request.owner().strip(), owner,
                        request.reason().strip());
                Ledger.append(c, "exception", added.id());
                return added;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the exception in " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    public Listing list() {
        try (Connection connection = Databases.connect(target)) {
            Set<Long> inForce = new HashSet<>();
            DecisionRecords.inForce(connection).values().forEach(d -> inForce.add(d.id()));
            return new Listing(DecisionRecords.all(connection), inForce);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the exceptions of " + target.identity() + ": " + e.getMessage(), e);
        }
    }

    /** Every field present, the decision word known: else one line naming what is wrong. */
    private static Decision checkFields(Request request) {
        List<String> missing = new ArrayList<>();
        blank(request.checkId(), "--check", missing);
        blank(request.key(), "--key", missing);
        blank(request.decision(), "--decision", missing);
        blank(request.owner(), "--owner", missing);
        blank(request.role(), "--role", missing);
        blank(request.reason(), "--reason", missing);
        if (!missing.isEmpty()) {
            throw new ConfigurationException("an exception needs --check, --key, --decision, --owner, --role and --reason; missing: "
                    + String.join(", ", missing));
        }
        PlainText.require(request.owner(), "--owner");
        PlainText.require(request.role(), "--role");
        PlainText.require(request.reason(), "--reason");
        return Decision.of(request.decision().strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new ConfigurationException(
                "unknown decision '" + request.decision().strip() + "': use " + String.join(", ", Decision.words())));
    }

    private static void blank(String value, String option, List<String> missing) {
        if (value == null || value.isBlank()) {
            missing.add(option);
        }
    }
}
