-- The end of a census rule's legacy query on records that must not overlap, after a CTE {arg} with columns id,
-- survivor_no, started and ended (NULL: not ended): the records that start within another record of the same surviving
-- child, on or after its start and on or before its end, keyed by id with the child's legacy reference.
-- One read of {arg}, not a self-join (MariaDB computes a CTE once per reference): per surviving child, in order of start
-- then id, the latest end among the records before a row (before_end) and among those after it with the same start
-- (peer_end); a record starts within another exactly when either reaches its start. A record with no real start is
-- never "another" (CASE) and never starts within one.
w AS (
  SELECT id, survivor_no, started,
         MAX(CASE WHEN started IS NOT NULL THEN COALESCE(ended, DATE '9999-12-31') END) OVER (PARTITION BY survivor_no
             ORDER BY started, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end,
         MAX(COALESCE(ended, DATE '9999-12-31')) OVER (PARTITION BY survivor_no, started
             ORDER BY id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS peer_end
  FROM {arg}
)
SELECT w.id AS row_key, s.legacy_ref
FROM w JOIN client s ON s.client_no = w.survivor_no
WHERE w.started <= w.before_end OR w.started <= w.peer_end
ORDER BY 1
