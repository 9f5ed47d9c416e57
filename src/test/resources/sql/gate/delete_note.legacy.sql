-- A hard delete in legacy that leaves no trace in any updated_dt; the row is kept aside to put back.
CREATE TABLE test_note_kept AS SELECT * FROM case_note WHERE note_id = ?;
DELETE FROM case_note WHERE note_id = ?;
