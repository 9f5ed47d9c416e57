-- fails: annex-a-list-3, census-8569, census-8820
-- (A year earlier, it also starts within another episode of the child, census 8820, and, marked no further action
-- and closed in the census year, is now referred before the working day before that year, census 8569.)
-- A closed referral of the Annex A period with no assessment, enquiry or plan dated a year earlier in the target:
-- it leaves list 3 on that side only.
-- pick: the referral and its date; plant: a year earlier; undo: the date back.
SELECT e.cine_referral_id AS id, e.cine_referral_date AS referred FROM csc.ssd_cin_episodes e
WHERE e.cine_referral_date > DATE '2018-08-31' AND e.cine_close_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_referral_id = e.cine_referral_id)
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = cine_referral_date - 365 WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = :referred WHERE cine_referral_id = :id;
