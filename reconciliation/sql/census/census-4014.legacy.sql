-- Referrals whose CIN plan migrates (the client has a survivor) and starts within another CIN plan of the same surviving
-- child: on or after its start, on or before its end (an open plan has not ended) (census 4014).
-- One read of cin (MariaDB computes a CTE once per reference: a self-join read every referral twice): per surviving
-- child, in order of start then ref_id, the latest end among the plans before a row (before_end) and among those after
-- it with the same start (peer_end); a plan starts within another exactly when either reaches its start.
WITH RECURSIVE {{merged_survivors}},
{{cin_plans_by_survivor}},
w AS (
  SELECT ref_id, survivor_no, started,
         MAX(COALESCE(ended, DATE '9999-12-31')) OVER (PARTITION BY survivor_no
             ORDER BY started, ref_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end,
         MAX(COALESCE(ended, DATE '9999-12-31')) OVER (PARTITION BY survivor_no, started
             ORDER BY ref_id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS peer_end
  FROM cin
)
SELECT w.ref_id AS row_key, s.legacy_ref
FROM w JOIN client s ON s.client_no = w.survivor_no
WHERE w.started <= w.before_end OR w.started <= w.peer_end
ORDER BY 1
