-- Secondary indexes and foreign keys of csc that a dry run sets aside while it bulk-loads an empty
-- target, with the DDL that puts each back. A row exists only while its object is absent, so a run
-- that stopped half way leaves the record of what to restore, and the next run restores it.
CREATE TABLE migration.deferred_load_object (
    kind        text        NOT NULL CHECK (kind IN ('index', 'foreign_key')),
    table_name  text        NOT NULL,
    object_name text        NOT NULL,
    restore_sql text        NOT NULL,
    deferred_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, table_name, object_name)
);
