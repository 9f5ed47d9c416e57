-- For every contact whose client is a merged duplicate, the survivor at the end of its merge chain,
-- computed independently of the toolkit with a recursive CTE (chains that loop stop at 20 steps).
WITH RECURSIVE chain (start_no, current_no, next_no, depth) AS (
    SELECT `client_no`, `client_no`, `merged_into`, 0 FROM `client` WHERE `merged_into` IS NOT NULL
    UNION ALL
    SELECT c.start_no, k.`client_no`, k.`merged_into`, c.depth + 1
    FROM chain c JOIN `client` k ON k.`client_no` = c.next_no
    WHERE c.next_no IS NOT NULL AND c.depth < 20
)
SELECT l.contact_id, s.current_no
FROM contact_log l
JOIN chain s ON s.start_no = l.client_no AND s.next_no IS NULL
ORDER BY l.contact_id
