DELETE FROM csc.ssd_case_notes WHERE note_id = ?
