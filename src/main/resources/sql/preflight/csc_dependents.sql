-- Objects outside the schemas csc and migration that depend on a csc table: foreign keys that reference one
-- (pg_constraint), and views or materialized views built on one (their rewrite rule's pg_depend rows). A plain
-- TRUNCATE of csc fails on the first and silently changes what the second shows, so no load starts while any exists.
SELECT 'foreign key' AS kind, cn.nspname || '.' || c.relname AS owner, con.conname AS name, rn.nspname || '.' || r.relname AS csc_table
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace cn ON cn.oid = c.relnamespace
JOIN pg_class r ON r.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE con.contype = 'f' AND rn.nspname = 'csc' AND cn.nspname NOT IN ('csc', 'migration')
UNION
SELECT CASE v.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END, vn.nspname || '.' || v.relname, NULL,
       rn.nspname || '.' || r.relname
FROM pg_depend d
JOIN pg_rewrite rw ON rw.oid = d.objid AND d.classid = 'pg_rewrite'::regclass
JOIN pg_class v ON v.oid = rw.ev_class
JOIN pg_namespace vn ON vn.oid = v.relnamespace
JOIN pg_class r ON r.oid = d.refobjid AND d.refclassid = 'pg_class'::regclass
JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE rn.nspname = 'csc' AND vn.nspname NOT IN ('csc', 'migration') AND v.oid <> r.oid
ORDER BY 2, 1, 3, 4
