-- Test plant: CP plan 307 (CF-000007) loses its latest category, as an edit in the new system could; ? = the value to set.
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_latest_category = ? WHERE cppl_cp_plan_id = 307
