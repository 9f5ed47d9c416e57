-- Case notes over 64 KB in the legacy database, with their length in characters (NUL bytes not counted).
SELECT note_id, CHAR_LENGTH(REPLACE(body, CHAR(0), '')) FROM case_note WHERE LENGTH(body) > 65535 ORDER BY note_id
