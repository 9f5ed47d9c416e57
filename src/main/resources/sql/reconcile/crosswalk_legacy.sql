-- A coded legacy column's values (or, for a column made from several, each combination of their values), each exact
-- spelling with its rows ({table}: quoted identifier from a mapping file; {columns}: its quoted columns as v1, v2, …;
-- {groups}: each column twice, as bytes and as is). The collation ignores case, so the grouping is on the bytes: 'B1'
-- and 'b1' are listed apart.
SELECT {columns}, COUNT(*) AS n FROM {table} GROUP BY {groups}
