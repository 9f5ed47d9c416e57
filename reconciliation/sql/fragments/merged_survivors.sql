-- Common table expressions "merged_chain" and "merged_survivor" (for WITH RECURSIVE): the survivor of every merged
-- client (merged_into set), walking only those chains; a client with merged_into NULL is its own survivor. Legacy has no
-- index on merged_into or on the tables' client_no, so a query over many records looks their client up by primary key
-- and joins only the few merged ones to merged_survivor. Chains that loop (cut at 100 steps) or end at a missing client
-- have no survivor, as in {{survivors}}.
merged_chain (start_no, current_no, next_no, depth) AS (
  SELECT c.client_no, c.client_no, c.`merged_into`, 0 FROM client c WHERE c.`merged_into` IS NOT NULL
  UNION ALL
  SELECT ch.start_no, n.client_no, n.`merged_into`, ch.depth + 1
  -- STRAIGHT_JOIN: MariaDB otherwise scans every client once per step and probes the chain (a looping chain makes
  -- that 100 steps: 2 s at scale 1); from the chain's new rows each step is a primary-key lookup per row
  FROM merged_chain ch STRAIGHT_JOIN client n ON n.client_no = ch.next_no
  WHERE ch.depth < 100
),
merged_survivor AS (
  SELECT start_no AS client_no, current_no AS survivor_no FROM merged_chain WHERE next_no IS NULL
)
