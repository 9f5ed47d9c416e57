-- The code crosswalks of each reconciliation, as records, so that `diff` shows a changed code map from the target alone:
-- one row per legacy value of a coded column (legacy_value set: the code it mapped to, its legacy rows) and one per census
-- code (legacy_value NULL: the legacy rows mapping to it and the target's rows). place names the code map and columns.
CREATE TABLE migration.reconciliation_crosswalk (
    reconciliation_id bigint NOT NULL REFERENCES migration.reconciliation (reconciliation_id),
    place             text   NOT NULL,
    legacy_value      text,
    code              text,
    legacy_rows       bigint NOT NULL,
    target_rows       bigint
);
CREATE INDEX reconciliation_crosswalk_idx ON migration.reconciliation_crosswalk (reconciliation_id);

-- A reconciliation's crosswalk is part of its record: like the reconciliation itself it is never rewritten.
CREATE TRIGGER reconciliation_crosswalk_is_a_record BEFORE UPDATE OR DELETE ON migration.reconciliation_crosswalk
    FOR EACH ROW EXECUTE FUNCTION migration.refuse_change();
CREATE TRIGGER reconciliation_crosswalk_truncate BEFORE TRUNCATE ON migration.reconciliation_crosswalk
    FOR EACH STATEMENT EXECUTE FUNCTION migration.refuse_change();
