-- CIN episodes that start within another episode of the same child: on or after its referral date, on or before its
-- end (its close date; an NFA referral without one ends on its referral date, as the census export reads it; an open
-- episode has not ended) (census 8820).
WITH ep AS (
  SELECT e.cine_referral_id, e.cine_person_id, e.cine_referral_date AS started,
         COALESCE(e.cine_close_date, CASE WHEN e.cine_referral_nfa = 'Y' THEN e.cine_referral_date END) AS ended
  FROM csc.ssd_cin_episodes e
)
SELECT DISTINCT i.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM ep i
JOIN ep o ON o.cine_person_id = i.cine_person_id AND o.cine_referral_id <> i.cine_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = i.cine_person_id
WHERE i.started >= o.started AND i.started <= COALESCE(o.ended, DATE '9999-12-31')
ORDER BY 1
