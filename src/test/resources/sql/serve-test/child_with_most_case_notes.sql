-- The loaded child with the most case notes (ties: lowest legacy reference), and that number.
SELECT p.pers_legacy_id, p.pers_person_id, count(n.note_id)
FROM csc.ssd_person p JOIN csc.ssd_case_notes n ON n.note_person_id = p.pers_person_id
GROUP BY p.pers_legacy_id, p.pers_person_id
ORDER BY 3 DESC, 1
LIMIT 1
