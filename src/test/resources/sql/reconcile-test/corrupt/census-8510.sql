-- fails: census-8510
-- A child with no referral, plan or allocation given another child's LA child ID: two persons share it in the target only.
-- pick: the person, its reference and another's; plant: the other's reference; undo: its own back.
SELECT p.pers_person_id AS id, p.pers_legacy_id AS ref, (SELECT o.pers_legacy_id FROM csc.ssd_person o WHERE o.pers_person_id <> p.pers_person_id ORDER BY o.pers_person_id LIMIT 1) AS other
FROM csc.ssd_person p
WHERE NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_involvements i WHERE i.invo_person_id = p.pers_person_id)
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_legacy_id = :other WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_legacy_id = :ref WHERE pers_person_id = :id;
