-- Referrals that migrate and start within another referral that migrates of the same surviving child: on or after its
-- referral date, on or before its end (close date as the migration writes it; an NFA referral without one ends on its
-- referral date; an open one has not ended) (census 8820).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
SELECT DISTINCT i.ref_id AS row_key, s.legacy_ref
FROM ep i
JOIN ep o ON o.survivor_no = i.survivor_no AND o.ref_id <> i.ref_id
JOIN client s ON s.client_no = i.survivor_no
WHERE i.started >= o.started AND i.started <= COALESCE(o.ended, DATE '9999-12-31')
ORDER BY 1
