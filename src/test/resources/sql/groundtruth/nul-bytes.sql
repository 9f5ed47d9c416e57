-- Rows with NUL bytes in client forenames and in case-note bodies.
SELECT (SELECT COUNT(*) FROM client WHERE LOCATE(CHAR(0), forenames) > 0),
       (SELECT COUNT(*) FROM case_note WHERE LOCATE(CHAR(0), body) > 0);
