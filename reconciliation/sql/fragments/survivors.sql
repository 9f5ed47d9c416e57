-- Common table expressions "chain" and "survivor" (for WITH RECURSIVE): every client whose merge chain
-- ends at a surviving client (merged_into NULL), with that survivor and its legacy reference.
-- Survivors are their own survivor; only the few merged clients are followed along their chain.
-- Chains that loop (cut at 100 steps) or end at a missing client have no survivor row: those clients are rejected.
chain (start_no, current_no, next_no, depth) AS (
  SELECT c.client_no, c.client_no, c.`merged_into`, 0 FROM client c WHERE c.`merged_into` IS NOT NULL
  UNION ALL
  SELECT ch.start_no, n.client_no, n.`merged_into`, ch.depth + 1
  FROM chain ch JOIN client n ON n.client_no = ch.next_no
  WHERE ch.depth < 100
),
survivor AS (
  SELECT c.client_no, c.client_no AS survivor_no, c.legacy_ref FROM client c WHERE c.`merged_into` IS NULL
  UNION ALL
  SELECT ch.start_no, ch.current_no, s.legacy_ref
  FROM chain ch JOIN client s ON s.client_no = ch.current_no
  WHERE ch.next_no IS NULL
)
