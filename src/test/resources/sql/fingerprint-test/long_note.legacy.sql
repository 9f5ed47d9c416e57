-- A legacy table of three notes, note 2 with a body of 5,000 characters: longer than a server packet limit of 4,096.
DROP TABLE IF EXISTS note;
CREATE TABLE note (note_id INT PRIMARY KEY, body MEDIUMTEXT);
INSERT INTO note (note_id, body) VALUES (1, 'short'), (2, REPEAT('a', 5000)), (3, 'short too');
