-- Rows and the key's extent of one legacy table ({table}, {key} quoted): how wide an integer key range must be for
-- about the wanted rows per bucket.
SELECT COUNT(*), MIN({key}), MAX({key}) FROM {table}
