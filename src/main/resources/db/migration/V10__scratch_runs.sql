-- A scratch run (`dry-run --only MAPPING`): a partial load of the named mappings and the mappings they reference,
-- into csc, for an engineer's quick look. It is a run kind of its own so that nothing that looks for "the latest dry
-- run" (sign-off, exceptions, the final-load gate, freeze, delta, diff, status) ever takes it for one.
ALTER TABLE migration.run DROP CONSTRAINT IF EXISTS run_kind_check;
ALTER TABLE migration.run ADD CONSTRAINT run_kind_check CHECK (kind IN ('dry-run', 'final-load', 'delta', 'scratch'));
