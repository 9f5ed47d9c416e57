-- The owner replaces the function the note triggers run with one that notes nothing, then edits a CP plan in place.
CREATE OR REPLACE FUNCTION migration.note_csc_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;
END
$$;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_ola = 'N' WHERE cppl_cp_plan_id = (SELECT min(cppl_cp_plan_id) FROM csc.ssd_cp_plans)
