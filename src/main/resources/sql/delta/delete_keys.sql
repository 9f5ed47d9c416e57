-- Removes the rows of some keys from one csc table before they are migrated again.
DELETE FROM csc.{table} WHERE {key} = ANY (CAST(? AS {type}[]))
