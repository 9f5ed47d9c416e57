-- A dry run loads csc into unlogged tables: a rehearsal's target skips the write-ahead log (CscPersistence). Crash
-- recovery empties every unlogged table, this one with them. A dry run writes its row here when it sets csc unlogged,
-- so a resume that finds csc unlogged and this table empty knows the server crashed and csc lost committed chunks.
CREATE UNLOGGED TABLE migration.unlogged_csc (
    set_at timestamptz NOT NULL DEFAULT now()
);
