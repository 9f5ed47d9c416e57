-- Target rows still pointing at a person id (the absorbed client must have none left).
SELECT (SELECT count(*) FROM csc.ssd_person WHERE pers_person_id = ?) + (SELECT count(*) FROM csc.ssd_contacts WHERE cont_person_id = ?)
     + (SELECT count(*) FROM csc.ssd_cin_episodes WHERE cine_person_id = ?) + (SELECT count(*) FROM csc.ssd_case_notes WHERE note_person_id = ?)
