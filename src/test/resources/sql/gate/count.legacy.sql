-- Rows of the legacy tables the tests change, and of key ranges of them: case_note, client.
SELECT (SELECT count(*) FROM case_note), (SELECT count(*) FROM client)
