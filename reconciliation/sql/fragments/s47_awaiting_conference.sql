-- The legacy query of census rules 8675Q and 8740: s47_icpc rows that migrate, on a referral in the census year's return,
-- written to it (not ended before the year; an outcome the s47_nfa map reads, or no end), not marked NFA or NOT REQ,
-- with no conference held by the year's end, that started before a bound: {{arg}} becomes the placeholder {name} of the
-- date given as the argument (censusEnd15WorkingDays for 8675Q, censusStart for 8740).
WITH RECURSIVE cand AS (
  SELECT s.s47_id, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM s47_icpc s JOIN referral r ON r.ref_id = s.ref_id
  WHERE {{real_date s.s47_start}} < {{arg}}
    AND ({{real_date s.s47_end}} IS NULL OR {{real_date s.s47_end}} >= {censusStart})
    AND (UPPER(TRIM(s.outcome)) IN ('NFA', 'NOT REQ', 'CPP') OR {{real_date s.s47_end}} IS NULL)
    AND COALESCE(UPPER(TRIM(s.outcome)), '') NOT IN ('NFA', 'NOT REQ')
    AND ({{real_date s.icpc_dt}} IS NULL OR {{real_date s.icpc_dt}} > {censusEnd})
    AND {{census_referral r}}
),
{{s47_cand_kept}}
