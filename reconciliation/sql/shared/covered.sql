-- Each open referral that migrates with each worker whose open KEY allocation covers it, and that worker's team
-- ({{key_cover}}): duty-waits takes the referrals no one covers, caseload-teams and caseload-workers count them per team
-- and per worker. Built once per legacy session instead of once in each of the three (1.2 s each at scale 5). InnoDB,
-- not the server's default for temporary tables, which may be MEMORY: a MEMORY table is capped by max_heap_table_size.
CREATE TEMPORARY TABLE {table} (KEY (ref_id)) ENGINE=InnoDB
WITH RECURSIVE {{merged_survivors}},
{{key_cover}}
SELECT worker_cd, worker_team, ref_id FROM covered
