-- Common table expressions "chain" and "survivor" (for WITH RECURSIVE): every client whose merge chain ends at a
-- surviving client (merged_into NULL), with that survivor and its legacy reference, walked in the query itself. The
-- shared set {{shared survivors}} is built from it once per legacy session; a query reads it through {{survivors}}, and
-- takes this walk only where it joins survivor twice (MySQL cannot open one temporary table twice in a query).
-- Chains that loop (cut at 100 steps) or end at a missing client have no survivor row: those clients are rejected.
chain (start_no, current_no, next_no, depth) AS (
  SELECT c.client_no, c.client_no, c.`merged_into`, 0 FROM client c
  UNION ALL
  SELECT ch.start_no, n.client_no, n.`merged_into`, ch.depth + 1
  -- STRAIGHT_JOIN: MariaDB otherwise scans every client once per step and probes the chain (a looping chain makes
  -- that 100 steps: 2 s at scale 1); from the chain's new rows each step is a primary-key lookup per row
  FROM chain ch STRAIGHT_JOIN client n ON n.client_no = ch.next_no
  WHERE ch.depth < 100
),
survivor AS (
  SELECT ch.start_no AS client_no, ch.current_no AS survivor_no, s.legacy_ref
  FROM chain ch JOIN client s ON s.client_no = ch.current_no
  WHERE ch.next_no IS NULL
)
