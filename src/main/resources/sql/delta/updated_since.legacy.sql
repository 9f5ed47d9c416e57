-- Keys of one legacy table's rows inserted or changed after the earlier load started (legacy clock).
SELECT {key} FROM {table} WHERE updated_dt > ?
