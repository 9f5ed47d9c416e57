-- Common table expression "open_ref" (after {{merged_survivors}}): the open referrals that migrate (README "open";
-- client with a survivor, team that exists), with the referral date, the team and the surviving child.
open_ref AS (
  SELECT r.ref_id, {{real_date r.ref_dt}} AS referral_date, r.team_cd, {{survivor_no c}} AS survivor_no
  FROM referral r JOIN client c ON c.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
  WHERE (r.close_dt IS NULL OR r.close_dt = '0000-00-00')
    AND UPPER(TRIM(r.status)) <> 'NFA' AND UPPER(TRIM(r.status)) NOT LIKE 'CLOSED%'
  -- grouped so the server materializes it once (with a key for the join by child) instead of re-reading it per allocation
  GROUP BY r.ref_id
)
