-- Every person in the target, by legacy reference.
SELECT pers_legacy_id FROM csc.ssd_person ORDER BY 1
