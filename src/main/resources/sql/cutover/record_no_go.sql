-- A run that is NO_GO whatever its reconciliation would say, and why (e.g. legacy changed during a final load).
UPDATE migration.run SET verdict = 'NO_GO', no_go_reason = ? WHERE run_id = ?
