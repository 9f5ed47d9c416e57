package org.switchover.reconcile;

import java.io.IOException;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A family of checks that adds its own part to the report: files in the report directory and a section of
 * reconciliation.html, both made from the reconciliation's outcomes (never from a database). Implementations are found
 * with {@link ServiceLoader} (META-INF/services/org.switchover.reconcile.ReportSection), in the order listed there.
 */
public interface ReportSection {
    /**
     * The section's HTML, placed after the owners' check sections (escape every value with {@link #escape}); empty when
     * the reconciliation ran none of its checks.
     */
    String html(ReconciliationResult result);

    /** Writes the section's files into {@code result.reportDir()}, owner-only; nothing when its checks did not run. */
    void writeFiles(ReconciliationResult result) throws IOException;

    static List<ReportSection> all() {
        return ServiceLoader.load(ReportSection.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    static String escape(String text) {
        return Html.esc(text);
    }
}
