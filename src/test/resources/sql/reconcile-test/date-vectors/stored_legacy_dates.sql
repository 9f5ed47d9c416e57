-- What the DATE column holds for each vector, as text (what the server sends the toolkit).
SELECT line, CAST(value AS CHAR) FROM legacy_date_vector ORDER BY line
