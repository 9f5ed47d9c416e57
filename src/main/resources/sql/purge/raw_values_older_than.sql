-- On a production target, the oldest start of a run whose rejects or lossy conversions still hold raw values (anything
-- but the redaction marker, the first parameter), when that run started more than the second parameter days ago.
WITH marker AS (SELECT ?::text AS text)
SELECT min(r.started_at)
FROM migration.run r
JOIN migration.target_status t ON t.production
CROSS JOIN marker m
WHERE r.started_at < now() - make_interval(days => ?)
  AND (EXISTS (SELECT 1 FROM migration.reject j WHERE j.run_id = r.run_id
               AND (j.detail <> m.text OR EXISTS (SELECT 1 FROM jsonb_each(j.raw_values) e WHERE e.value <> to_jsonb(m.text))))
       OR EXISTS (SELECT 1 FROM migration.lossy_conversion l WHERE l.run_id = r.run_id AND l.raw_value <> m.text))
HAVING min(r.started_at) IS NOT NULL
