-- Adds a person to csc by hand, one the run never loaded (after the last person id).
INSERT INTO csc.ssd_person (pers_person_id) SELECT max(pers_person_id) + 1 FROM csc.ssd_person
