-- Common table expression "loaded_referral" (after {{survivors}}): referrals of a known child, with the survivor.
loaded_referral AS (
  SELECT r.ref_id, r.ref_dt, r.team_cd, r.status, r.close_dt, r.close_reason, r.updated_dt, r.source_cd, r.need_cd,
         s.survivor_no, s.legacy_ref
  FROM referral r JOIN survivor s ON s.client_no = r.client_no
)
