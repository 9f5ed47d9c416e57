-- The same persons' names in the target.
SELECT pers_person_id, pers_forename || '|' || pers_surname FROM csc.ssd_person ORDER BY pers_person_id
