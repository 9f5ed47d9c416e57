-- fails: census-1520
-- A child's UPN replaced by another child's: two persons share it in the target only.
-- pick: the person, its UPN and another's; plant: the other's UPN; undo: its own back.
SELECT p.pers_person_id AS id, p.pers_upn AS upn, (SELECT o.pers_upn FROM csc.ssd_person o WHERE o.pers_upn IS NOT NULL AND o.pers_person_id <> p.pers_person_id ORDER BY o.pers_person_id LIMIT 1) AS other
FROM csc.ssd_person p WHERE p.pers_upn IS NOT NULL ORDER BY p.pers_person_id DESC LIMIT 1;
UPDATE csc.ssd_person SET pers_upn = :other WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_upn = :upn WHERE pers_person_id = :id;
