-- The rows of some keys of one csc table, one text per key: comparing before and after shows which keys changed.
SELECT {key}::text, string_agg(t::text, '|' ORDER BY t::text) FROM csc.{table} t
WHERE {key} = ANY (CAST(? AS {type}[]))
GROUP BY 1
