-- How many reviews the plan has (they go with it).
SELECT count(*) FROM csc.ssd_cp_reviews WHERE cppr_cp_plan_id = ?
