-- Duplicates by kind: merged into a survivor, into another duplicate (chain), into a client that does not exist,
-- and pairs merged into each other (loops).
SELECT
  SUM(t.client_no IS NOT NULL AND t.`merged_into` IS NULL) AS to_survivor,
  SUM(t.`merged_into` IS NOT NULL AND t.`merged_into` <> c.client_no) AS chained,
  SUM(t.client_no IS NULL) AS to_missing,
  SUM(t.`merged_into` = c.client_no) AS looped
FROM client c LEFT JOIN client t ON t.client_no = c.`merged_into`
WHERE c.`merged_into` IS NOT NULL;
