-- The person each loaded contact points at.
SELECT cont_contact_id, cont_person_id FROM csc.ssd_contacts ORDER BY cont_contact_id
