package org.switchover.operation;

import java.util.List;

/** The runbook of `switchover plan`, line by line. */
public record PlanResult(List<String> lines) {
}
