-- CIN plans (referral.cin_plan_start/end of a referral whose client has a survivor) that overlap a cp_registration of
-- the same surviving child (census 4001): each starts before the other ends (an open plan has not ended). Only
-- children with a CP plan are compared.
WITH RECURSIVE {{merged_survivors}},
{{cp_plans_by_survivor}},
{{cin_plans_by_survivor}}
SELECT DISTINCT i.ref_id AS row_key, s.legacy_ref
FROM cin i
JOIN cpp c ON c.survivor_no = i.survivor_no
JOIN client s ON s.client_no = i.survivor_no
WHERE i.survivor_no IN (SELECT survivor_no FROM cpp)
  AND i.started < COALESCE(c.ended, DATE '9999-12-31')
  AND c.started < COALESCE(i.ended, DATE '9999-12-31')
ORDER BY 1
