-- case_note rows with a key between two values.
SELECT count(*) FROM case_note WHERE note_id BETWEEN ? AND ?
