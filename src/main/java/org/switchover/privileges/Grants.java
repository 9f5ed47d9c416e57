package org.switchover.privileges;

import org.switchover.config.ConfigurationException;
import org.switchover.db.SqlResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SQL that creates the three roles the toolkit needs: a SELECT-only legacy reader, a target owner for loads, and a
 * report reader who can reconcile, read status, decide on exceptions and sign off but not change csc. Names are plain
 * identifiers (checked, so the SQL cannot be bent); no password is ever printed: the administrator sets one.
 */
public record Grants(List<String> legacyReader, List<String> targetOwner, List<String> reportReader) {
    /** The legacy reader's name unless given. */
    public static final String DEFAULT_LEGACY_READER = "switchover_legacy_reader";
    /** The target owner's name unless given. */
    public static final String DEFAULT_TARGET_OWNER = "switchover_owner";
    /** The report reader's name unless given. */
    public static final String DEFAULT_REPORT_READER = "switchover_report_reader";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The role and database names the SQL uses. */
    public record Names(String legacyReader, String targetOwner, String reportReader, String legacyDatabase, String targetDatabase) {
    }

    public Grants {
        legacyReader = List.copyOf(legacyReader);
        targetOwner = List.copyOf(targetOwner);
        reportReader = List.copyOf(reportReader);
    }

    /** The statements for {@code names}; a name that is not a plain lower-case identifier is refused, naming it. */
    public static Grants of(Names names) {
        Map<String, String> values = Map.of("legacyReader", names.legacyReader(), "targetOwner", names.targetOwner(),
                "reportReader", names.reportReader(), "legacyDatabase", names.legacyDatabase(), "targetDatabase", names.targetDatabase());
        List<String> bad = new ArrayList<>();
        values.forEach((key, value) -> {
            if (value == null || !IDENTIFIER.matcher(value).matches()) {
                bad.add(key + " '" + value + "'");
            }
        });
        if (!bad.isEmpty()) {
            throw new ConfigurationException("grants: names must be lower-case letters, digits and _ (not starting with a digit): "
                    + String.join(", ", bad.stream().sorted().toList()));
        }
        return new Grants(statements("legacy_reader.legacy", values), statements("target_owner", values),
                statements("report_reader", values));
    }

    /** The whole text to print: each role's statements under a comment naming where to run them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        section(lines, "-- 1. legacy reader: on the legacy server, as an administrator", legacyReader);
        section(lines, "-- 2. target owner: on the target server, as a superuser", targetOwner);
        section(lines, "-- 3. report reader: in the target database after migrate-schema, as a superuser (or the role by a superuser, the grants by the owner)", reportReader);
        return lines;
    }

    private static void section(List<String> lines, String heading, List<String> statements) {
        lines.add(heading);
        statements.forEach(statement -> lines.add(statement + ";"));
        lines.add("");
    }

    private static List<String> statements(String file, Map<String, String> values) {
        List<String> statements = new ArrayList<>();
        for (String statement : SqlResource.load("sql/grants/" + file + ".sql").statements()) {
            String text = statement;
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            statements.add(text);
        }
        return statements;
    }
}
