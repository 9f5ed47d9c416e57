-- The last key of each of ? tiles of a legacy table of non-integer keys, in key order (the collation's, as the
-- chunk reader compares): equal-sized ranges. Scans the key once; a table with fewer keys has fewer tiles.
SELECT MAX(tiled.k)
FROM (SELECT {key} AS k, NTILE(?) OVER (ORDER BY {key}) AS tile FROM {table}) tiled
GROUP BY tiled.tile
ORDER BY tiled.tile
