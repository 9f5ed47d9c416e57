-- One row per COPY that put rows into csc, written in the same subtransaction as those rows (CopyLoader copies each
-- range of a chunk under a savepoint), so the mark and the rows share one transaction id: PostgreSQL's xmin. A row
-- changed, or added, by anyone else carries another xmin. `--resume` counts, per csc table, the rows whose xmin is
-- none of the run's marks for that table, and refuses to go on when there is any (InterruptedRun): an UPDATE, or a
-- delete and an insert that keep the count, is seen as well as a count that moved.
CREATE TABLE migration.copy_mark (
    run_id       bigint NOT NULL REFERENCES migration.run (run_id),
    target_table text   NOT NULL
);
CREATE INDEX copy_mark_run_idx ON migration.copy_mark (run_id, target_table);
