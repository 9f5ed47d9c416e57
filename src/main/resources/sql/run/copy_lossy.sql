-- A chunk's values that did not arrive as they were, each with its raw text, in one COPY.
COPY migration.lossy_conversion (run_id, legacy_table, target_table, legacy_key, column_name, kind, raw_value) FROM STDIN (FORMAT text)
