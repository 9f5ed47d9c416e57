-- A run's status, verdict and why it is NO_GO when that is not its reconciliation's doing.
SELECT status, verdict, no_go_reason FROM migration.run WHERE run_id = ?
