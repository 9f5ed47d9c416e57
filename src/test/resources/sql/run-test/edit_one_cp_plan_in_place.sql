-- Edits one csc row in place after the reconciliation, keeping every count: a CP plan's start moved a year later.
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = cppl_cp_plan_start_date + 365
WHERE cppl_cp_plan_id = (SELECT min(cppl_cp_plan_id) FROM csc.ssd_cp_plans)
