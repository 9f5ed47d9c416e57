-- fails: annex-a-list-1
-- A contact of the Annex A period moved a year earlier in the target: it leaves list 1 on that side only.
-- pick: the contact and its time; plant: a year earlier; undo: the time back.
SELECT c.cont_contact_id AS id, c.cont_contact_date AS contacted FROM csc.ssd_contacts c JOIN csc.ssd_person p ON p.pers_person_id = c.cont_person_id
WHERE c.cont_contact_date > DATE '2018-08-31' AND c.cont_contact_date < DATE '2019-01-31' AND p.pers_death_date IS NULL
ORDER BY c.cont_contact_id LIMIT 1;
UPDATE csc.ssd_contacts SET cont_contact_date = cont_contact_date - INTERVAL '1 year' WHERE cont_contact_id = :id;
UPDATE csc.ssd_contacts SET cont_contact_date = :contacted WHERE cont_contact_id = :id;
