-- fails: census-2888Q
-- Every code but the first (other than NONE) of each child in the census year's return (2019: 2018-04-01 to
-- 2019-03-31) with two or more moved in the target to a person outside the return who has a code other than NONE, no
-- NONE and not that code: each child in the return keeps one code (at this scale 35 children, at most 3 codes before
-- and 1 after), the rows and the codes used stay, and no person gains or loses NONE or its last code.
-- pick: the moved rows (person:new person:code, a list) and how many (rows); plant: moved; undo: moved back.
WITH child AS (
  SELECT DISTINCT e.cine_person_id AS person_id FROM csc.ssd_cin_episodes e
  WHERE e.cine_referral_date <= DATE '2019-03-31'
    AND COALESCE(e.cine_close_date, CASE WHEN e.cine_referral_nfa = 'Y' THEN e.cine_referral_date END,
                 DATE '9999-12-31') >= DATE '2018-04-01'
),
coded AS (
  SELECT d.disa_person_id AS person_id, d.disa_disability_code AS code,
         row_number() OVER (PARTITION BY d.disa_person_id ORDER BY d.disa_disability_code) AS nth
  FROM csc.ssd_disability d JOIN child c ON c.person_id = d.disa_person_id
  WHERE d.disa_disability_code <> 'NONE'
),
extra AS (
  SELECT person_id, code, row_number() OVER (PARTITION BY code ORDER BY person_id) AS n FROM coded WHERE nth > 1
),
receiver AS (
  SELECT p.pers_person_id AS person_id FROM csc.ssd_person p
  WHERE NOT EXISTS (SELECT 1 FROM child c WHERE c.person_id = p.pers_person_id)
    AND EXISTS (SELECT 1 FROM csc.ssd_disability d WHERE d.disa_person_id = p.pers_person_id)
    AND NOT EXISTS (SELECT 1 FROM csc.ssd_disability d WHERE d.disa_person_id = p.pers_person_id AND d.disa_disability_code = 'NONE')
),
slot AS (
  SELECT k.code, r.person_id, row_number() OVER (PARTITION BY k.code ORDER BY r.person_id) AS n
  FROM (SELECT DISTINCT code FROM extra) k CROSS JOIN receiver r
  WHERE NOT EXISTS (SELECT 1 FROM csc.ssd_disability d WHERE d.disa_person_id = r.person_id AND d.disa_disability_code = k.code)
)
SELECT string_agg(x.person_id || ':' || s.person_id || ':' || x.code, ',' ORDER BY x.person_id, x.code) AS moved, count(*) AS rows
FROM extra x JOIN slot s ON s.code = x.code AND s.n = x.n
HAVING count(*) > 0 AND count(*) = (SELECT count(*) FROM extra);
UPDATE csc.ssd_disability d SET disa_person_id = CAST(split_part(x, ':', 2) AS bigint)
FROM unnest(string_to_array(:moved, ',')) x
WHERE d.disa_person_id = CAST(split_part(x, ':', 1) AS bigint) AND d.disa_disability_code = split_part(x, ':', 3);
UPDATE csc.ssd_disability d SET disa_person_id = CAST(split_part(x, ':', 1) AS bigint)
FROM unnest(string_to_array(:moved, ',')) x
WHERE d.disa_person_id = CAST(split_part(x, ':', 2) AS bigint) AND d.disa_disability_code = split_part(x, ':', 3);
