-- Every target session: no JIT compilation. PostgreSQL compiles a query once its estimated cost passes jit_above_cost
-- (100000), which most reconciliation queries do at scale 1; the compiling (with inlining and optimisation) cost more
-- than it saved: the target sides of the checks took 4.37 s with JIT and 2.27 s without (census-8565: 0.87 -> 0.37 s).
-- And no parallel workers for a query: the reconciliation already runs one check per core, and a parallel plan's
-- workers each build their own copy of a hash join's inner table and pass their rows through the leader. The target
-- sides of the checks at scale 5, one after another: 60 core-seconds of PostgreSQL with the server's default (2 workers
-- per query), 36 without, the same rows.
-- And only the built-in functions and operators: a search path set on the database or the role (ALTER DATABASE ... SET
-- search_path = evil, pg_catalog) would let a schema's to_char() or = answer for the built-in ones in every check's
-- query, and PostgreSQL takes an exact match from any schema on the path over a built-in that needs a cast, so no other
-- schema is on it: every query of the toolkit names csc and migration, and temporary tables are found first anyway.
-- transform_null_equals off: on, it would make "x = NULL" true for a NULL x.
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SET search_path = pg_catalog;
SET transform_null_equals = off
