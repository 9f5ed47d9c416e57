-- A chunk's excluded legacy rows (or list items) by key, with the rule, in one COPY: a delta copies them forward.
COPY migration.exclusion (run_id, legacy_table, target_table, legacy_key, rule, units) FROM STDIN (FORMAT text)
