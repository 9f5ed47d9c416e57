-- Annex A list 1: contacts dated in the period, with their child.
SELECT c.cont_contact_id::text AS row_key, p.pers_legacy_id AS legacy_ref, c.contact_date::text AS contact_date,
       {{annex_a_child p}}
FROM (SELECT cont_contact_id, cont_person_id, CAST(cont_contact_date AS date) AS contact_date FROM csc.ssd_contacts) c
JOIN csc.ssd_person p ON p.pers_person_id = c.cont_person_id
WHERE {{annex_a_period c.contact_date}}
ORDER BY c.cont_contact_id
