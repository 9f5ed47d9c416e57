-- Each person's parsed date of birth by legacy reference: it may not appear beside that reference in a report.
SELECT pers_person_id, pers_legacy_id, pers_dob::text FROM csc.ssd_person WHERE pers_dob IS NOT NULL
