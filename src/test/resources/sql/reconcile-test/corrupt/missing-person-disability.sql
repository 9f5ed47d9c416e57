-- fails: counts-ssd_disability, missing-person-disability
-- The only disability row of a person deleted from the target: the person has no disability code, and the table
-- holds one row fewer than the run loaded.
-- pick: the person and the code; plant: the row deleted; undo: the row back.
SELECT d.disa_person_id AS id, d.disa_disability_code AS code FROM csc.ssd_disability d
WHERE NOT EXISTS (SELECT 1 FROM csc.ssd_disability o WHERE o.disa_person_id = d.disa_person_id AND o.disa_disability_code <> d.disa_disability_code)
ORDER BY d.disa_person_id LIMIT 1;
DELETE FROM csc.ssd_disability WHERE disa_person_id = :id AND disa_disability_code = :code;
INSERT INTO csc.ssd_disability (disa_person_id, disa_disability_code) VALUES (:id, :code);
