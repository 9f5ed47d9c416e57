-- Every legacy row of the person mapping's source and the key it was merged into (NULL for a survivor): enough to
-- follow any merge chain. {table}, {key} and {merged_into} are the names the mapping with `role: person` declares
-- (source: { table, key, merged_into }), checked and quoted (LegacyIdentifiers) before substitution; {merged_into}
-- is NULL when it declares no merges, and every row is then a survivor.
-- The backticks matter: Connector/J 9 mistakes a bare name containing "into" for SELECT ... INTO.
SELECT {key}, {merged_into} FROM {table}
