-- fails: census-8545Q
-- A living child with an episode in the census year (2019: 2018-04-01 to 2019-03-31, the one holding the extract
-- date), given a date of death the day after the year ends in the target: outside the year, and after every record.
-- pick: the person; plant: the death date; undo: no death date again.
SELECT p.pers_person_id AS id FROM csc.ssd_person p
WHERE p.pers_death_date IS NULL
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id
              AND e.cine_referral_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31')
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_death_date = DATE '2019-04-01' WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_death_date = NULL WHERE pers_person_id = :id;
