-- Deletes one person from csc by hand, as someone might between a stop and a resume.
DELETE FROM csc.ssd_person WHERE pers_person_id = ?
