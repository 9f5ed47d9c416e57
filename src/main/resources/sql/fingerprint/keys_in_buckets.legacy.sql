-- The keys of one legacy table that fall in some buckets ({bucket} as in buckets.legacy.sql, {buckets} a list of
-- whole numbers): the rows a delta re-reads because their key range changed.
SELECT {key} FROM {table} WHERE {bucket} IN ({buckets})
