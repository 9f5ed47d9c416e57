-- The client the delta test absorbed into another, read back after the change.
SELECT client_no, `merged_into` FROM client WHERE `merged_into` IS NOT NULL AND updated_dt > ? ORDER BY client_no
