-- Contacts and case notes dated after the person's death (census rules 8915/8920).
SELECT 'contact ' || t.cont_contact_id AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_contacts t JOIN csc.ssd_person p ON p.pers_person_id = t.cont_person_id
WHERE t.cont_contact_date::date > p.pers_death_date
UNION ALL
SELECT 'case note ' || n.note_id, p.pers_legacy_id
FROM csc.ssd_case_notes n JOIN csc.ssd_person p ON p.pers_person_id = n.note_person_id
WHERE n.note_date::date > p.pers_death_date
ORDER BY 1
