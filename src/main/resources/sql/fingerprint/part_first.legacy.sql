-- The first part of a large table's fingerprint: every key below the first bound {from} (and a NULL key, were there one).
WHERE {key} < {from} OR {key} IS NULL
