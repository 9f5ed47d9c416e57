-- Legacy loses all but its first five CP registrations (after a run loaded them all).
DELETE FROM cp_registration WHERE reg_id > 5;
