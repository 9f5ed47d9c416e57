package org.switchover.operation;

import java.util.List;

/** The lines of `switchover status`, to print as they are. */
public record StatusResult(List<String> lines) {
}
