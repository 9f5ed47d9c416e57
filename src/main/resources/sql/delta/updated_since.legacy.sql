-- Keys of one legacy table's rows inserted or changed since the earlier load started (legacy clock). ">=": the
-- clock is kept in whole seconds, so a row changed later in the same second as the start must be taken too.
SELECT {key} FROM {table} WHERE updated_dt >= ?
