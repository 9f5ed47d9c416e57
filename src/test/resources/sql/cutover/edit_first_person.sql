-- Edits the first person in csc by hand, as someone might between a stop and a resume: the count stays as it was.
UPDATE csc.ssd_person SET pers_sex = pers_sex WHERE pers_person_id = (SELECT min(pers_person_id) FROM csc.ssd_person)
