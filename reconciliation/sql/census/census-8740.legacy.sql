-- s47_icpc rows that migrate (their client and their referral's client have a survivor, the team exists) on a referral
-- in the census year's return, written to it (not ended before the year; an outcome the s47_nfa map reads, or no end),
-- not marked NFA or NOT REQ, with no conference held by the year's end, started before the year (census 8740).
WITH RECURSIVE cand AS (
  SELECT s.s47_id, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM s47_icpc s JOIN referral r ON r.ref_id = s.ref_id
  WHERE {{real_date s.s47_start}} < {censusStart}
    AND ({{real_date s.s47_end}} IS NULL OR {{real_date s.s47_end}} >= {censusStart})
    AND (UPPER(TRIM(s.outcome)) IN ('NFA', 'NOT REQ', 'CPP') OR {{real_date s.s47_end}} IS NULL)
    AND COALESCE(UPPER(TRIM(s.outcome)), '') NOT IN ('NFA', 'NOT REQ')
    AND ({{real_date s.icpc_dt}} IS NULL OR {{real_date s.icpc_dt}} > {censusEnd})
    AND {{census_referral r}}
),
cand_client AS (SELECT s47_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.s47_id AS row_key, ss.legacy_ref
FROM cand k
JOIN survivor_of ss ON ss.client_no = k.s47_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.s47_id
