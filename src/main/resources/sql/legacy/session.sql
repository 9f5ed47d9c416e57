-- Every legacy session: the system was written when zero dates were allowed (legacy-system.md), so no mode that
-- refuses them; but NO_ENGINE_SUBSTITUTION, so a shared set's CREATE TEMPORARY TABLE ... ENGINE=InnoDB fails rather than
-- quietly taking the server's enforce_storage_engine (with BLACKHOLE there, every shared set came back empty and 19
-- checks compared the target with a legacy side that had lost its rows).
-- The reconciliation's legacy queries keep common table expressions (every client's merge chain, the episodes by
-- child) in the server's internal temporary tables, which MariaDB moves to disk above tmp_table_size and
-- max_heap_table_size (16 MiB by default): at scale 10 that made open-duty-cases 23.9 s instead of 4.1 s. 32 MiB
-- was enough there; 64 MiB leaves room for larger authorities. It is a limit per table, not an allocation.
-- No row cap: a session takes the server's sql_select_limit, and a server-wide cap (SET GLOBAL sql_select_limit = 5)
-- would quietly cut every query without a LIMIT of its own (a check's list, a lookup) to its first rows;
-- 18446744073709551615 is the server's own "no limit". The isolation level is pinned by the driver
-- (transactionIsolation, Databases): a server-wide READ-UNCOMMITTED would let a run read legacy rows that are
-- later rolled back. On MariaDB, the recursion of a WITH RECURSIVE (the merge chains) at its default, 1000 steps: a
-- server-wide lower limit stops a recursion quietly, with a warning no one reads, and a chain cut short loses the
-- clients behind it. MySQL has no such variable (its cte_max_recursion_depth fails the query instead), and skips a
-- /*M! ... */ comment, which MariaDB runs. And warnings kept for SHOW WARNINGS at MariaDB's default, 64: the fingerprint
-- refuses a query the server warned about (a value cut by max_allowed_packet), and a server-wide max_error_count of 0
-- would keep none to show. And, on MariaDB, system-versioned tables read as they are now: a server-wide
-- system_versioning_asof makes every query of such a table read it as it was at that moment, so the migration, the checks
-- and the fingerprint would all agree on a past that leaves out what legacy holds today. And no default flags for
-- REGEXP: a server-wide EXTENDED drops the spaces from every pattern, MULTILINE lets ^ and $ match at a line break
-- inside a value, so a check's pattern would mean something else on the legacy side than on the target side.
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION',
    SESSION tmp_table_size = 67108864,
    SESSION max_heap_table_size = 67108864,
    SESSION sql_select_limit = 18446744073709551615,
    SESSION max_error_count = 64
    /*M!, SESSION max_recursive_iterations = 1000, SESSION system_versioning_asof = DEFAULT,
        SESSION default_regex_flags = '' */
