package org.switchover.load;

import org.switchover.pipeline.RejectRecord;

import java.util.List;

/** What loading one batch did: rows now in the target table, and the rows the database refused. */
public record LoadOutcome(long loaded, List<RejectRecord> rejects) {
}
