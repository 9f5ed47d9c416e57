-- One legacy row changed after the freeze time the test uses (case_note.updated_dt is not migrated).
UPDATE case_note SET updated_dt = '2030-06-01 00:00:00' ORDER BY note_id LIMIT 1
