-- Active CP plans: reg_status REG/TEMP, no dereg_dt or one after the as-of date (parameter 1),
-- and a client whose merge chain ends at a survivor (loops and chains to missing clients never do).
WITH RECURSIVE chain (start_no, current_no, next_no, depth) AS (
  SELECT c.client_no, c.client_no, c.`merged_into`, 0 FROM client c
  UNION ALL
  SELECT ch.start_no, n.client_no, n.`merged_into`, ch.depth + 1
  FROM chain ch JOIN client n ON n.client_no = ch.next_no
  WHERE ch.depth < 100
),
survivor AS (SELECT start_no AS client_no, current_no AS survivor_no FROM chain WHERE next_no IS NULL)
SELECT r.reg_id, s.survivor_no
FROM cp_registration r JOIN survivor s ON s.client_no = r.client_no
WHERE r.reg_status IN ('REG', 'TEMP') AND (r.dereg_dt IS NULL OR r.dereg_dt > ?)
ORDER BY r.reg_id;
