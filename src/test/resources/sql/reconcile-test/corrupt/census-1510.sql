-- fails: census-1510
-- A child's UPN whose check letter is right given another first letter in the target: the check letter no longer fits.
-- pick: the person and its UPN; plant: the first letter changed; undo: the UPN back.
SELECT p.pers_person_id AS id, p.pers_upn AS upn FROM csc.ssd_person p
WHERE p.pers_upn ~ '^[A-Z][0-9]{12}$'
  AND substr(p.pers_upn, 1, 1) = substr('ABCDEFGHJKLMNPQRTUVWXYZ',
        1 + (SELECT sum(w * substr(p.pers_upn, w, 1)::int) FROM generate_series(2, 13) w)::int % 23, 1)
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_upn = CASE WHEN left(pers_upn, 1) = 'A' THEN 'B' ELSE 'A' END || substr(pers_upn, 2) WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_upn = :upn WHERE pers_person_id = :id;
