-- Every referral that migrates as a CIN episode, as {{episodes_by_survivor}} defined it per query before: its referral
-- date (started), its close date as the migration writes it (closed), its NFA flag, the end the census export gives it
-- (ended) and the surviving client. Nine census rules read it; built once per legacy session it is one read of the
-- referrals and their clients instead of one per rule (1.9 s each at scale 5), keyed for their joins by child. InnoDB, not
-- the server's default for temporary tables, which may be MEMORY: a MEMORY table is capped by max_heap_table_size.
CREATE TEMPORARY TABLE {table} (PRIMARY KEY (ref_id), KEY (survivor_no)) ENGINE=InnoDB
WITH RECURSIVE {{merged_survivors}},
ep_all AS (
  SELECT r.ref_id, {{real_date r.ref_dt}} AS started,
         COALESCE({{real_date r.close_dt}}, CASE WHEN UPPER(TRIM(r.status)) LIKE 'CLOSED%' THEN {{real_date r.updated_dt}} END) AS closed,
         CASE WHEN UPPER(TRIM(r.status)) = 'NFA' THEN 1 ELSE 0 END AS nfa, c.client_no, c.`merged_into` AS merged_into
  FROM referral r JOIN client c ON c.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
)
-- an unmerged client is its own survivor, a merged one takes merged_survivor's (no row there, a broken chain: the
-- referral is dropped)
SELECT a.ref_id, a.started, a.closed, a.nfa, COALESCE(a.closed, CASE WHEN a.nfa = 1 THEN a.started END) AS ended,
       CASE WHEN a.merged_into IS NULL THEN a.client_no ELSE m.survivor_no END AS survivor_no
FROM ep_all a LEFT JOIN merged_survivor m ON a.merged_into IS NOT NULL AND m.client_no = a.client_no
WHERE a.merged_into IS NULL OR m.client_no IS NOT NULL
