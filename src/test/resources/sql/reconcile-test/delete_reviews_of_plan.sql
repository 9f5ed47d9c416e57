DELETE FROM csc.ssd_cp_reviews WHERE cppr_cp_plan_id = ?
