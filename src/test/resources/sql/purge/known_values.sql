-- A surname and a date of birth a rejected client row keeps, and the start of a case-note body a lossy conversion keeps
-- (one without a backslash, so LIKE finds it as it is).
SELECT (SELECT raw_values ->> 'surname' FROM migration.reject
        WHERE legacy_table = 'client' AND coalesce(raw_values ->> 'surname', '') <> '' ORDER BY reject_id LIMIT 1),
       (SELECT raw_values ->> 'dob' FROM migration.reject
        WHERE legacy_table = 'client' AND coalesce(raw_values ->> 'dob', '') <> '' ORDER BY reject_id LIMIT 1),
       (SELECT left(raw_value, 30) FROM migration.lossy_conversion WHERE length(raw_value) > 30
        AND strpos(left(raw_value, 30), E'\\') = 0 ORDER BY lossy_id LIMIT 1)
