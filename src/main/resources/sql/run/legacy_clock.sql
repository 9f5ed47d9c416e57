-- The legacy server's clock, read when a run starts.
SELECT NOW()
