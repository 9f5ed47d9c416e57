-- Whether the target has the mark a dry run writes beside its unlogged csc (Flyway V14). Without it no dry run of this
-- toolkit has set csc unlogged, and a target not yet migrated to V14 still answers status, reconcile and census.
SELECT to_regclass('migration.unlogged_csc') IS NOT NULL
