-- Persons recorded with disability NONE and another disability (census 8790).
SELECT d.disa_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_disability d JOIN csc.ssd_person p ON p.pers_person_id = d.disa_person_id
GROUP BY d.disa_person_id, p.pers_legacy_id
HAVING bool_or(d.disa_disability_code = 'NONE') AND bool_or(d.disa_disability_code <> 'NONE')
ORDER BY d.disa_person_id
