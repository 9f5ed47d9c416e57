-- The target's children with one census ethnicity code.
SELECT COUNT(*) FROM csc.ssd_person WHERE pers_ethnicity = ?
