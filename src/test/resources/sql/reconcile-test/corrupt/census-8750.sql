-- fails: census-8750
-- A boy or girl with no referral and no contact in the last eight months, recorded in the target as unborn (the date of
-- birth moved to the expected date of birth) but still with the sex: an unborn child's sex must be 0.
-- pick: the person and its date of birth; plant: unborn; undo: born again.
SELECT p.pers_person_id AS id, p.pers_dob AS dob FROM csc.ssd_person p
WHERE p.pers_dob IS NOT NULL AND p.pers_expected_dob IS NULL AND p.pers_sex IN ('M', 'F')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_contacts t WHERE t.cont_person_id = p.pers_person_id AND t.cont_contact_date >= DATE '2018-06-01')
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_expected_dob = pers_dob, pers_dob = NULL WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_dob = :dob, pers_expected_dob = NULL WHERE pers_person_id = :id;
