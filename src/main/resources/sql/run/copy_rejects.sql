-- A chunk's rejected legacy rows (or list items), each with its raw values as JSON, in one COPY.
COPY migration.reject (run_id, legacy_table, target_table, legacy_key, reason, detail, raw_values) FROM STDIN (FORMAT text)
