-- Common table expression "active_plan" (after {{survivors}}): loaded cp_registrations that are active at the as-of date.
active_plan AS (
  SELECT r.reg_id, r.latest_cat, r.ola_flag, r.reg_status, s.survivor_no, s.legacy_ref
  FROM cp_registration r JOIN survivor s ON s.client_no = r.client_no
  WHERE UPPER(TRIM(r.reg_status)) IN ('REG', 'TEMP')
    AND (r.dereg_dt IS NULL OR r.dereg_dt = '0000-00-00' OR r.dereg_dt > {asOf})
)
