-- The same notes in the target.
SELECT note_id, char_length(note_body) FROM csc.ssd_case_notes WHERE octet_length(note_body) > 65535 ORDER BY note_id
