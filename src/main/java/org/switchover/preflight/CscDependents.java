package org.switchover.preflight;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Objects outside csc and migration that depend on a csc table (sql/preflight/csc_dependents.sql), one line each. */
final class CscDependents {
    private CscDependents() {
    }

    static List<String> problems(Connection target) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = target.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.load("sql/preflight/csc_dependents.sql").text())) {
            while (rows.next()) {
                String kind = rows.getString(1);
                String owner = rows.getString(2);
                String table = rows.getString(4);
                problems.add("foreign key".equals(kind)
                        ? owner + " has foreign key " + rows.getString(3) + " referencing " + table
                        + ": emptying csc would break or empty it; drop it (or point it elsewhere) before loading"
                        : kind + " " + owner + " depends on " + table + ": emptying csc would change what it shows; drop it before loading");
            }
        }
        return problems;
    }
}
