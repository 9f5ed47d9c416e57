-- Referrals of a known child with no status to derive the NFA flag from (the column is NOT NULL, so none expected).
WITH RECURSIVE {{survivors}},
{{loaded_referral}}
SELECT ref_id AS row_key, legacy_ref FROM loaded_referral WHERE status IS NULL ORDER BY ref_id
