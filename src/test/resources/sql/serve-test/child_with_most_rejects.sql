-- The loaded child with the most rejected rows in run ? (by the client_no the rows carried), and that number.
SELECT p.pers_legacy_id, count(*)
FROM migration.reject j JOIN csc.ssd_person p ON p.pers_person_id::text = j.raw_values ->> 'client_no'
WHERE j.run_id = ?
GROUP BY p.pers_legacy_id
ORDER BY 2 DESC, 1
LIMIT 1
