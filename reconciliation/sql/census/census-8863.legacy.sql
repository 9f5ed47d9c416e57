-- Assessment rows that migrate (their client and their referral's client have a survivor, the team exists) and start
-- while an earlier-starting one of the same referral that migrates is ongoing (census 8863), as the target side reads
-- it. Candidates first: the referrals where any two raw rows overlap (dropping rows that do not migrate can only take
-- overlaps away), by one window over the table; then the same window over their rows that migrate. The pairwise
-- self-join took 5 s at scale 0.1 (no index on assessment.ref_id).
WITH RECURSIVE raw AS (
  SELECT a.ref_id, {{real_date a.start_dt}} AS started,
         MAX(COALESCE({{real_date a.auth_dt}}, DATE '9999-12-31')) OVER (PARTITION BY a.ref_id
             ORDER BY {{real_date a.start_dt}}, a.asmt_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
  FROM assessment a
  WHERE {{real_date a.start_dt}} IS NOT NULL
),
cand_ref AS (SELECT DISTINCT ref_id FROM raw WHERE started <= before_end),
cand AS (
  SELECT a.asmt_id, a.ref_id, {{real_date a.start_dt}} AS started, {{real_date a.auth_dt}} AS ended,
         a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM cand_ref x JOIN assessment a ON a.ref_id = x.ref_id JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.start_dt}} IS NOT NULL
),
cand_client AS (SELECT asmt_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}},
kept AS (
  SELECT k.asmt_id, k.ref_id, k.started, k.ended, asv.legacy_ref
  FROM cand k
  JOIN survivor_of asv ON asv.client_no = k.asmt_client
  JOIN survivor_of rs ON rs.client_no = k.ref_client
  JOIN team t ON t.team_cd = k.team_cd
),
w AS (
  SELECT asmt_id, legacy_ref, started,
         MAX(COALESCE(ended, DATE '9999-12-31')) OVER (PARTITION BY ref_id
             ORDER BY started, asmt_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
  FROM kept
)
SELECT asmt_id AS row_key, legacy_ref FROM w WHERE started <= before_end
ORDER BY asmt_id
