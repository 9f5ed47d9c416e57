-- Adds one person to csc by hand, as someone might between a stop and a resume.
INSERT INTO csc.ssd_person (pers_person_id) VALUES (?)
