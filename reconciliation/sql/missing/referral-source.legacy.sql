-- Referrals of a known child whose source is no census referral source code.
WITH RECURSIVE {{survivors}},
{{loaded_referral}}
SELECT ref_id AS row_key, legacy_ref FROM loaded_referral
WHERE source_cd IS NULL OR UPPER(TRIM(source_cd)) NOT IN
  ('1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10')
ORDER BY ref_id
