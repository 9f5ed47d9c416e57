package org.switchover.load;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Written by {@link CopyLoader} inside the savepoint of every COPY whose rows it keeps, after the rows: a row written
 * there shares their transaction id (xmin), so rows that no mark's xmin explains were written by someone else.
 */
@FunctionalInterface
public interface CopyMark {
    /** Writes nothing: for loads that nothing compares afterwards. */
    CopyMark NONE = connection -> {
    };

    /** Writes the mark on {@code connection}, inside the copied rows' subtransaction. */
    void write(Connection connection) throws SQLException;
}
