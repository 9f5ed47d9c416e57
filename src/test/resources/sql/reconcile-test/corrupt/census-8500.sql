-- fails: census-8500
-- A child with no referral, plan or allocation loses its LA child ID in the target.
-- pick: the person and its reference; plant: the reference lost; undo: the reference back.
SELECT p.pers_person_id AS id, p.pers_legacy_id AS ref FROM csc.ssd_person p
WHERE NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_involvements i WHERE i.invo_person_id = p.pers_person_id)
ORDER BY p.pers_person_id DESC LIMIT 1;
UPDATE csc.ssd_person SET pers_legacy_id = NULL WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_legacy_id = :ref WHERE pers_person_id = :id;
