-- The row key of a record of a plain mapping: its legacy key.
legacy_key
