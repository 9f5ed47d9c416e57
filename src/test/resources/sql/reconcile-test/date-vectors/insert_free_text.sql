-- One free-text vector (line, as-of year, the text twice: latin1 and utf8mb4).
SET SESSION sql_mode='';
INSERT INTO free_text_vector (line, as_of_year, latin1_text, utf8_text) VALUES (?, ?, ?, ?)
