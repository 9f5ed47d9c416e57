-- One note's text edited by hand, its key kept.
UPDATE note SET body = 'edited' WHERE note_id = ?
