-- The keys a target table holds, with one more column when a mapping fetches it ({value} is the key itself otherwise).
-- {table}, {key} and {value} are identifiers, checked and quoted (TargetIdentifiers) before substitution.
SELECT {key}::text, {value}::text FROM csc.{table}
