-- The person ids in the target, in order.
SELECT pers_person_id FROM csc.ssd_person ORDER BY 1
