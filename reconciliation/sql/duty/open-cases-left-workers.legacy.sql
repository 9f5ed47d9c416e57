-- Open cases whose covering open KEY allocation is to a worker who has left (staff.active_yn = N).
WITH RECURSIVE {{survivors}},
{{loaded_referral}},
{{open_referral}}
SELECT o.ref_id AS referral_id, o.legacy_ref
FROM open_referral o
WHERE EXISTS (SELECT 1 FROM key_allocation k WHERE UPPER(TRIM(k.active_yn)) = 'N'
              AND (k.covers_ref = o.ref_id OR (k.covers_ref IS NULL AND k.survivor_no = o.survivor_no)))
ORDER BY o.ref_id
