-- The legacy database this connection reads.
SELECT DATABASE()
