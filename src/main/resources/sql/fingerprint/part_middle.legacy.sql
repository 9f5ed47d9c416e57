-- A middle part of a large table's fingerprint: the keys from bound {from} up to, not including, the next bound {to}.
WHERE {key} >= {from} AND {key} < {to}
