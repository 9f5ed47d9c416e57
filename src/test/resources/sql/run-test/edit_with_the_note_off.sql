-- The owner of csc turns the note off, edits a CP plan in place, and turns the note on again: no write is noted.
ALTER TABLE csc.ssd_cp_plans DISABLE TRIGGER switchover_csc_written;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = cppl_cp_plan_start_date + 365
WHERE cppl_cp_plan_id = (SELECT min(cppl_cp_plan_id) FROM csc.ssd_cp_plans);
ALTER TABLE csc.ssd_cp_plans ENABLE TRIGGER switchover_csc_written
