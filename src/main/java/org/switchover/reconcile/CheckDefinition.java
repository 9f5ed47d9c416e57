package org.switchover.reconcile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One check as declared in reconciliation/&lt;id&gt;.yml, or the counts check a mapping implies ({@link CountsChecks}).
 *
 * @param onMismatch status when the sides disagree (or the threshold is exceeded): FAIL or WARN
 * @param whenFound  status when the sides agree but the finding is not empty (a data-quality fact carried over)
 * @param legacySql  path of the legacy query, relative to the checks directory, or {@code classpath:NAME} for the toolkit's
 *                   own sql/reconcile/NAME.sql; null when the type supplies it or there is none
 * @param targetSql  path of the target query, relative to the checks directory; null when the type supplies it
 * @param compareValues for equal_keys: also compare every non-key column of matching keys
 * @param thresholdMax for threshold: the largest count that passes
 * @param file       the check file, or the mapping file that implies the check: messages point at it
 * @param meaning    one plain-English sentence on what the check finds, for the owner who signs it
 * @param action     what the owner does when it is not PASS (fix in legacy, accept, or nothing: carried over faithfully)
 * @param headline   the report's headline section this check feeds ({@code headline: openDutyCases}, ...), or null; its
 *                   legacy side is then the legacy truth
 * @param rule       the DfE census validation rule the check applies (e.g. 8925), or null
 * @param message    that rule's message, or null
 * @param personal   value columns that hold personal details (a date of birth): compared, never shown in a report
 * @param describe   value columns shown in the lists but not compared (a child's age and sex beside the compared dates)
 */
public record CheckDefinition(String id, String title, String owner, Status onMismatch, Status whenFound,
                              CheckType type, Comparison compare, String legacySql, String targetSql,
                              Map<String, String> parameters, boolean compareValues, long thresholdMax,
                              Path file, String meaning, String action, String headline, String rule, String message, List<String> personal,
                              List<String> describe) {
    /** What a report says to do about a rule that fails on both sides: the migration carried it over, the return will fail. */
    public static final String RULE_ACTION = "fix before the first return";

    public CheckDefinition {
        parameters = Map.copyOf(parameters);
        personal = List.copyOf(personal);
        describe = List.copyOf(describe);
    }

    /** A check that applies no census rule and compares every value column. */
    public CheckDefinition(String id, String title, String owner, Status onMismatch, Status whenFound, CheckType type,
                           Comparison compare, String legacySql, String targetSql, Map<String, String> parameters,
                           boolean compareValues, long thresholdMax, Path file, String meaning, String action, String headline) {
        this(id, title, owner, onMismatch, whenFound, type, compare, legacySql, targetSql, parameters, compareValues,
                thresholdMax, file, meaning, action, headline, null, null, List.of(), List.of());
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
