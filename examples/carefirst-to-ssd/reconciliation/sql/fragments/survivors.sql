-- Common table expressions "chain" and "survivor" (for WITH RECURSIVE): every person whose duplicate_of chain ends at a
-- surviving person (duplicate_of NULL), with that survivor and its person_ref. Chains that loop (cut at 100 steps) or
-- end at a missing person have no survivor row: those persons, and every row that names them, cannot migrate.
chain (start_id, current_id, next_id, depth) AS (
  SELECT p.person_id, p.person_id, p.duplicate_of, 0 FROM person p
  UNION ALL
  SELECT ch.start_id, n.person_id, n.duplicate_of, ch.depth + 1
  FROM chain ch JOIN person n ON n.person_id = ch.next_id
  WHERE ch.depth < 100
),
survivor AS (
  SELECT ch.start_id AS person_id, ch.current_id AS survivor_id, s.person_ref
  FROM chain ch JOIN person s ON s.person_id = ch.current_id
  WHERE ch.next_id IS NULL
)
