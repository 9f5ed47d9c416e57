-- Referrals of a known child that are not NFA and whose primary need is no census code N0-N9.
WITH RECURSIVE {{survivors}},
{{loaded_referral}}
SELECT ref_id AS row_key, legacy_ref FROM loaded_referral
WHERE UPPER(TRIM(status)) <> 'NFA'
  AND (need_cd IS NULL OR UPPER(TRIM(need_cd)) NOT IN ('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9'))
ORDER BY ref_id
