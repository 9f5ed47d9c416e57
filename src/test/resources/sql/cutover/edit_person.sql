-- Edits one person in csc by hand, as someone might between a stop and a resume: the count stays as it was.
UPDATE csc.ssd_person SET pers_sex = 'M' WHERE pers_person_id = ?
