-- Common table expressions "active_plan_truth" and "active_plan" (after {{survivors}}): every cp_registration active at
-- the as-of date, whatever the state of its client, with the legacy reference it is shown by and why it cannot migrate
-- (not_migrated: unknown_client, the reject reason of mappings/ssd_cp_plans.yml, for a client that is missing, 0, -1 or
-- has a broken merge chain); active_plan keeps those that migrate.
active_plan_truth AS (
  SELECT r.reg_id, r.latest_cat, r.ola_flag, r.reg_status, s.survivor_no, {{client_ref r.client_no}} AS legacy_ref,
         CASE WHEN s.survivor_no IS NULL THEN 'unknown_client' END AS not_migrated
  FROM cp_registration r
  LEFT JOIN survivor s ON s.client_no = r.client_no
  LEFT JOIN client c ON c.client_no = r.client_no
  WHERE UPPER(TRIM(r.reg_status)) IN ('REG', 'TEMP')
    AND (r.dereg_dt IS NULL OR r.dereg_dt = '0000-00-00' OR r.dereg_dt > {asOf})
),
active_plan AS (
  SELECT reg_id, latest_cat, ola_flag, reg_status, survivor_no, legacy_ref FROM active_plan_truth WHERE not_migrated IS NULL
)
