-- client rows with a key between two values.
SELECT count(*) FROM client WHERE client_no BETWEEN ? AND ?
