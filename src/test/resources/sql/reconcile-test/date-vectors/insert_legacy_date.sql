-- One legacy-date vector (line, as-of year, the date text); impossible days are let in as a lax legacy server would.
SET SESSION sql_mode='ALLOW_INVALID_DATES';
INSERT INTO legacy_date_vector (line, as_of_year, value) VALUES (?, ?, ?)
