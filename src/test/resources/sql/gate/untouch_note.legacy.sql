-- Puts the touched case note's updated_dt back.
UPDATE case_note c JOIN test_touched t ON t.note_id = c.note_id SET c.updated_dt = t.updated_dt;
DROP TABLE test_touched;
