-- Two legacy tables to fingerprint: note with 941 integer keys from -40 to 900 (negative keys and key 0 share
-- bucket 0, as DIV truncates towards zero), worker with text keys.
DROP TABLE IF EXISTS note, worker;
CREATE TABLE note (note_id INT PRIMARY KEY, body TEXT, n INT);
INSERT INTO note (note_id, body, n)
SELECT i, CONCAT('note ', i), i % 7
FROM (WITH RECURSIVE k (i) AS (SELECT -40 UNION ALL SELECT i + 1 FROM k WHERE i < 900) SELECT i FROM k) AS numbers;
CREATE TABLE worker (worker_cd VARCHAR(10) PRIMARY KEY, name VARCHAR(40));
INSERT INTO worker (worker_cd, name)
SELECT CONCAT('W', i), CONCAT('worker ', i)
FROM (WITH RECURSIVE k (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 300) SELECT i FROM k) AS numbers;
