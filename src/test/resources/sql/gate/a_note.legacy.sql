-- A case note well inside the table, to delete.
SELECT note_id FROM case_note ORDER BY note_id LIMIT 1 OFFSET 100
