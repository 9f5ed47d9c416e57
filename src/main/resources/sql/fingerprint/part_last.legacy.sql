-- The last part of a large table's fingerprint: every key from the last bound {from} on.
WHERE {key} >= {from}
