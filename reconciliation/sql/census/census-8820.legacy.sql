-- Referrals that migrate and start within another referral that migrates of the same surviving child: on or after its
-- referral date, on or before its end (close date as the migration writes it; an NFA referral without one ends on its
-- referral date; an open one has not ended) (census 8820).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}},
referrals AS (SELECT ref_id AS id, survivor_no, started, ended FROM ep),
{{starts_within_another referrals}}
