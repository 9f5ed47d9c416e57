-- Contacts and case notes dated after the person's death (not a census rule).
-- Starting from the few persons with a death date lets the planner walk the person indexes of the two
-- large tables instead of hashing every person against every row.
SELECT 'contact ' || t.cont_contact_id AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p JOIN csc.ssd_contacts t ON t.cont_person_id = p.pers_person_id
WHERE p.pers_death_date IS NOT NULL AND t.cont_contact_date::date > p.pers_death_date
UNION ALL
SELECT 'case note ' || n.note_id, p.pers_legacy_id
FROM csc.ssd_person p JOIN csc.ssd_case_notes n ON n.note_person_id = p.pers_person_id
WHERE p.pers_death_date IS NOT NULL AND n.note_date::date > p.pers_death_date
ORDER BY 1
