-- Common table expression "survivor" (for WITH or WITH RECURSIVE): every client whose merge chain ends at a surviving
-- client (merged_into NULL), with that survivor and its legacy reference, read from the shared set that
-- sql/shared/survivors.sql builds once per legacy session. Chains that loop (cut at 100 steps) or end at a missing client
-- have no survivor row: those clients are rejected. A query joins survivor once at most: MySQL cannot open one temporary
-- table twice in a query, so a query that needs it twice walks the chains itself with {{survivor_chains}}.
survivor AS (
  SELECT client_no, survivor_no, legacy_ref FROM {{shared survivors}}
)
