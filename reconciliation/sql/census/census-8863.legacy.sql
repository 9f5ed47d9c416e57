-- Assessment rows that migrate (their client and their referral's client have a survivor, the team exists) and start
-- while an earlier-starting one of the same referral that migrates is ongoing (census 8863), as the target side reads
-- it. Candidates first: the referrals where any two raw rows overlap (dropping rows that do not migrate can only take
-- overlaps away), by one window over the table; then the same window over their rows that migrate. The pairwise
-- self-join took 5 s at scale 0.1 (no index on assessment.ref_id). MariaDB computes a non-recursive CTE once per
-- reference, so the candidates (a window over the table, then their rows) are read once and their clients' survivors
-- looked up by primary key (only merged clients walk their chains), not fed to a chain walk from further reads.
WITH RECURSIVE {{merged_survivors}},
raw AS (
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
kept AS (
  SELECT k.asmt_id, k.ref_id, k.started, k.ended, {{survivor_no ac}} AS asmt_survivor, {{survivor_no rc}} AS ref_survivor
  FROM cand k
  JOIN client ac ON ac.client_no = k.asmt_client
  JOIN client rc ON rc.client_no = k.ref_client
  JOIN team t ON t.team_cd = k.team_cd
),
w AS (
  SELECT k.asmt_id, asv.legacy_ref, k.started,
         MAX(COALESCE(k.ended, DATE '9999-12-31')) OVER (PARTITION BY k.ref_id
             ORDER BY k.started, k.asmt_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
  FROM kept k JOIN client asv ON asv.client_no = k.asmt_survivor
  WHERE k.ref_survivor IS NOT NULL
)
SELECT asmt_id AS row_key, legacy_ref FROM w WHERE started <= before_end
ORDER BY asmt_id
