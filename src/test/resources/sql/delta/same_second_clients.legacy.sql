-- The clients the silent-changes script changed in the very second the full load started.
SELECT count(*) FROM client WHERE `merged_into` IS NULL AND MOD(client_no, 97) = 11 AND updated_dt = ?
