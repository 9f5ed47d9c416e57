DELETE FROM csc.ssd_cp_plans WHERE cppl_cp_plan_id = ?
