-- Common table expressions "chain_of" and "survivor_of" (for WITH RECURSIVE, after a CTE named {arg} with a column
-- client_no): the survivor and legacy reference of those clients only. A census rule first finds its few candidate
-- records on the raw tables, then walks the merge chains of their clients alone, instead of every client's
-- ({{survivors}}): the reconciliation runs on every dry run, and the whole walk costs each query a second at scale 1.
-- As in {{survivors}}: a chain that loops (cut at 100 steps) or ends at a missing client has no survivor row.
chain_of (start_no, current_no, next_no, depth) AS (
  SELECT c.client_no, c.client_no, c.`merged_into`, 0 FROM client c WHERE c.client_no IN (SELECT client_no FROM {arg})
  UNION ALL
  SELECT ch.start_no, n.client_no, n.`merged_into`, ch.depth + 1
  -- STRAIGHT_JOIN: MariaDB otherwise scans every client once per step and probes the chain (a looping chain makes
  -- that 100 steps: 2 s at scale 1); from the chain's new rows each step is a primary-key lookup per row
  FROM chain_of ch STRAIGHT_JOIN client n ON n.client_no = ch.next_no
  WHERE ch.depth < 100
),
survivor_of AS (
  SELECT ch.start_no AS client_no, ch.current_no AS survivor_no, s.legacy_ref
  FROM chain_of ch JOIN client s ON s.client_no = ch.current_no
  WHERE ch.next_no IS NULL
)
