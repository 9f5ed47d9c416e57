-- Every target session: no JIT compilation. PostgreSQL compiles a query once its estimated cost passes jit_above_cost
-- (100000), which most reconciliation queries do at scale 1; the compiling (with inlining and optimisation) cost more
-- than it saved: the target sides of the checks took 4.37 s with JIT and 2.27 s without (census-8565: 0.87 -> 0.37 s).
-- And no parallel workers for a query: the reconciliation already runs one check per core, and a parallel plan's
-- workers each build their own copy of a hash join's inner table and pass their rows through the leader. The target
-- sides of the checks at scale 5, one after another: 60 core-seconds of PostgreSQL with the server's default (2 workers
-- per query), 36 without, the same rows.
SET jit = off;
SET max_parallel_workers_per_gather = 0
