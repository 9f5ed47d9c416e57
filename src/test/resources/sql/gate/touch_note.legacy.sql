-- One case note's updated_dt moved after the test's freeze time (2019-02-01), the old value kept aside.
CREATE TABLE test_touched AS SELECT note_id, updated_dt FROM case_note ORDER BY note_id LIMIT 1;
UPDATE case_note c JOIN test_touched t ON t.note_id = c.note_id SET c.updated_dt = '2019-06-01 00:00:00';
