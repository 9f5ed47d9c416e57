package org.switchover.reconcile;

import java.nio.file.Path;
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
 */
public record CheckDefinition(String id, String title, String owner, Status onMismatch, Status whenFound,
                              CheckType type, Comparison compare, String legacySql, String targetSql,
                              Map<String, String> parameters, boolean compareValues, long thresholdMax,
                              Path file, String meaning, String action, String headline) {
    public CheckDefinition {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
