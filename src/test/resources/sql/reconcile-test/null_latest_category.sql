UPDATE csc.ssd_cp_plans SET cppl_cp_plan_latest_category = NULL WHERE cppl_cp_plan_id = ?
