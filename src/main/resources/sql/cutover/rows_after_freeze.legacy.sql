-- One legacy table the mappings read, which records updated_dt: rows changed after the freeze time, and the latest change.
SELECT count(*), max(updated_dt) FROM {table} WHERE updated_dt > ?
