-- How csc's tables are written: p (logged, permanent) or u (unlogged), each kind once.
SELECT DISTINCT c.relpersistence::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'csc' AND c.relkind = 'r'
ORDER BY 1
