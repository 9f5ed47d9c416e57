package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.SwitchoverBuilder;
import org.switchover.config.SwitchoverSettings;
import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.Redaction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;

/**
 * --target-url and --target-user; the password only ever comes from TARGET_PASSWORD. {@link #configure()} starts the facade
 * on that target with the command's name and options for the audit trail.
 */
public class TargetConnectionOptions {
    @Option(names = "--target-url", paramLabel = "URL",
            description = "JDBC URL of the target PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/switchover. Password from TARGET_PASSWORD.")
    String url;

    @Option(names = "--target-user", paramLabel = "USER", defaultValue = SwitchoverSettings.DEFAULT_TARGET_USER,
            description = "Target database user (default: ${DEFAULT-VALUE}).")
    String user;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The database the options name, with the password from the environment; null when --target-url is not given. */
    ConnectionSpec spec() {
        return url == null ? null : ConnectionSpec.fromEnvironment(DatabaseRole.TARGET, url, user);
    }

    /** The facade on this target, told the command and the options given (for the audit event it records). */
    SwitchoverBuilder configure() {
        return Switchover.configure().target(spec()).invocation(command.name(), givenOptions(command));
    }

    /**
     * The options given, "--name=value" in order; values pass through {@link Redaction} (a URL keeps no query string or user
     * info). A password is never among them: it comes only from the environment, and a URL holding one is refused.
     */
    static String givenOptions(CommandSpec command) {
        List<String> given = new ArrayList<>();
        if (command.commandLine() == null || command.commandLine().getParseResult() == null) {
            return "";
        }
        for (OptionSpec option : command.commandLine().getParseResult().matchedOptions()) {
            List<String> values = option.stringValues();
            given.add(values.isEmpty() || option.arity().max() == 0 ? option.longestName()
                    : option.longestName() + "=" + Redaction.scrub(String.join(",", values)));
        }
        return String.join(" ", given);
    }
}
