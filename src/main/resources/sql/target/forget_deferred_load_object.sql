-- The object is back: forget how to restore it.
DELETE FROM migration.deferred_load_object WHERE kind = ? AND table_name = ? AND object_name = ?
