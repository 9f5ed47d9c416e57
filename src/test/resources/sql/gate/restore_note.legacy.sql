-- Puts the deleted case note back exactly as it was.
INSERT INTO case_note SELECT * FROM test_note_kept;
DROP TABLE test_note_kept;
