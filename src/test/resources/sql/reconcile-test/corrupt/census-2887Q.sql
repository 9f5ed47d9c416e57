-- fails: census-2887Q
-- The disability codes of the children in the census year's return (2019: 2018-04-01 to 2019-03-31) other than NONE
-- recoded in the target to the 7 they use most (at this scale 12 codes before, 7 after): each child's codes beyond
-- those 7 become ones of the 7 it does not hold, so every child keeps as many codes, NONE or not, as before.
-- pick: the recoded rows (person:code:new code, a list) and how many (rows); plant: recoded; undo: the codes back.
WITH child AS (
  SELECT DISTINCT e.cine_person_id AS person_id FROM csc.ssd_cin_episodes e
  WHERE e.cine_referral_date <= DATE '2019-03-31'
    AND COALESCE(e.cine_close_date, CASE WHEN e.cine_referral_nfa = 'Y' THEN e.cine_referral_date END,
                 DATE '9999-12-31') >= DATE '2018-04-01'
),
ranked AS (
  SELECT d.disa_disability_code AS code, row_number() OVER (ORDER BY count(*) DESC, d.disa_disability_code) AS k
  FROM csc.ssd_disability d JOIN child c ON c.person_id = d.disa_person_id
  WHERE d.disa_disability_code <> 'NONE'
  GROUP BY d.disa_disability_code
),
moved AS (
  SELECT d.disa_person_id AS person_id, d.disa_disability_code AS code,
         row_number() OVER (PARTITION BY d.disa_person_id ORDER BY d.disa_disability_code) AS n
  FROM csc.ssd_disability d JOIN child c ON c.person_id = d.disa_person_id JOIN ranked r ON r.code = d.disa_disability_code
  WHERE r.k > 7
),
free AS (
  SELECT m.person_id, r.code, row_number() OVER (PARTITION BY m.person_id ORDER BY r.k) AS n
  FROM (SELECT DISTINCT person_id FROM moved) m CROSS JOIN ranked r
  WHERE r.k <= 7
    AND NOT EXISTS (SELECT 1 FROM csc.ssd_disability d WHERE d.disa_person_id = m.person_id AND d.disa_disability_code = r.code)
)
SELECT string_agg(m.person_id || ':' || m.code || ':' || f.code, ',' ORDER BY m.person_id, m.code) AS recoded, count(*) AS rows
FROM moved m JOIN free f ON f.person_id = m.person_id AND f.n = m.n
HAVING count(*) > 0 AND count(*) = (SELECT count(*) FROM moved);
UPDATE csc.ssd_disability d SET disa_disability_code = split_part(x, ':', 3)
FROM unnest(string_to_array(:recoded, ',')) x
WHERE d.disa_person_id = CAST(split_part(x, ':', 1) AS bigint) AND d.disa_disability_code = split_part(x, ':', 2);
UPDATE csc.ssd_disability d SET disa_disability_code = split_part(x, ':', 2)
FROM unnest(string_to_array(:recoded, ',')) x
WHERE d.disa_person_id = CAST(split_part(x, ':', 1) AS bigint) AND d.disa_disability_code = split_part(x, ':', 3);
