-- CP plans whose initial or latest category of abuse is missing or not a census code (census 8905/8910); which one.
SELECT c.cppl_cp_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref,
       CASE WHEN c.cppl_cp_plan_initial_category IS NULL OR c.cppl_cp_plan_initial_category NOT IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')
            THEN 'initial' ELSE '' END
       || CASE WHEN c.cppl_cp_plan_latest_category IS NULL OR c.cppl_cp_plan_latest_category NOT IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')
            THEN ' latest' ELSE '' END AS categories
FROM csc.ssd_cp_plans c LEFT JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE c.cppl_cp_plan_initial_category IS NULL OR c.cppl_cp_plan_initial_category NOT IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')
   OR c.cppl_cp_plan_latest_category IS NULL OR c.cppl_cp_plan_latest_category NOT IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')
ORDER BY c.cppl_cp_plan_id
