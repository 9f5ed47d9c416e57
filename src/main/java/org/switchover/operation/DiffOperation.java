package org.switchover.operation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.switchover.config.ConfigurationException;
import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.db.Databases;
import org.switchover.files.PrivateFiles;
import org.switchover.history.RunDiff;
import org.switchover.history.RunHistory;
import org.switchover.history.RunSnapshot;
import org.switchover.reconcile.ReconciliationException;
import org.switchover.schema.TargetSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * `diff --from A --to B`: what changed between two runs of the target, from its records; writes
 * {@code diff-A-B/diff.json} beside the runs' reports (the parent of the report directory).
 */
public record DiffOperation(SwitchoverSettings settings, long fromRun, long toRun) {
    /** The name of the file the diff writes. */
    public static final String FILE_NAME = "diff.json";

    public DiffResult run() {
        settings.require(Need.TARGET_DATABASE);
        TargetSchema.migrate(settings.target());
        RunDiff diff;
        try (Connection target = Databases.connect(settings.target())) {
            diff = new RunDiff(RunSnapshot.read(target, fromRun), RunSnapshot.read(target, toRun));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage() + " of " + settings.target().identity());
        } catch (SQLException e) {
            throw new ReconciliationException("cannot read runs " + fromRun + " and " + toRun + " of " + settings.target().identity()
                    + ": " + e.getMessage(), e);
        }
        Path file = RunHistory.besides(settings.reportDir()).root().resolve("diff-" + fromRun + "-" + toRun).resolve(FILE_NAME);
        try {
            PrivateFiles.createDirectories(file.getParent());
            PrivateFiles.write(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(diff.json()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return new DiffResult(diff, file);
    }

    /** The diff and where diff.json went. */
    public record DiffResult(RunDiff diff, Path file) {
    }
}
