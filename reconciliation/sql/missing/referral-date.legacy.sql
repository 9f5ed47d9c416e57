-- Referrals of a known child whose referral date is a zero date.
WITH RECURSIVE {{survivors}},
{{loaded_referral}}
SELECT ref_id AS row_key, legacy_ref FROM loaded_referral WHERE {{legacy_date ref_dt}} IS NULL ORDER BY ref_id
