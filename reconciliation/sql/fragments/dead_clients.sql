-- Common table expressions "dead", "member" and "dead_client" (for WITH RECURSIVE): every client whose merge chain ends
-- at a survivor with a date of death that parses, with that survivor's legacy reference and death date (died). The
-- chains are followed backwards from the few dead survivors (a client belongs to one when its chain ends there, within
-- 100 steps), so the large tables are joined only to those clients.
dead AS (
  SELECT c.client_no, c.legacy_ref, {{free_text_date c.date_of_death}} AS died
  FROM client c WHERE c.`merged_into` IS NULL AND c.date_of_death IS NOT NULL
),
member (client_no, survivor_no, depth) AS (
  SELECT d.client_no, d.client_no, 0 FROM dead d WHERE d.died IS NOT NULL
  UNION ALL
  SELECT c.client_no, m.survivor_no, m.depth + 1
  FROM member m JOIN client c ON c.`merged_into` = m.client_no
  WHERE m.depth < 100
),
dead_client AS (
  SELECT m.client_no, d.legacy_ref, d.died FROM member m JOIN dead d ON d.client_no = m.survivor_no
)
