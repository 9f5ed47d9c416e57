package org.switchover.operation;

import org.switchover.privileges.Grants;

/** `grants`: the SQL that creates the three roles of least privilege; it connects to nothing. */
public record GrantsOperation(Grants.Names names) {
    public Grants run() {
        return Grants.of(names);
    }
}
