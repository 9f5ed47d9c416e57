-- The smallest and largest key of one legacy table ({table}, {key} quoted), read from the primary key's ends: where a
-- large table's fingerprint is split into parts.
SELECT MIN({key}), MAX({key}) FROM {table}
