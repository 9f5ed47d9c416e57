-- No mapping declares the person: no row is a child's, so the worklists give no legacy reference.
SELECT NULL::text AS k, NULL::text AS ref WHERE false
