-- Every target session: no JIT compilation. PostgreSQL compiles a query once its estimated cost passes jit_above_cost
-- (100000), which most reconciliation queries do at scale 1; the compiling (with inlining and optimisation) cost more
-- than it saved: the target sides of the checks took 4.37 s with JIT and 2.27 s without (census-8565: 0.87 -> 0.37 s).
SET jit = off
