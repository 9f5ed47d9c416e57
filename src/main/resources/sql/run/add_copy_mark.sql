-- Marks a COPY into csc table ? of run ?, in the subtransaction that holds its rows: the mark's xmin is theirs.
INSERT INTO migration.copy_mark (run_id, target_table) VALUES (?, ?)
