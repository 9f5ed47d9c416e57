-- A legacy lookup table (a mapping column's lookup: { table, key, value }): every code and its value.
-- {table}, {key} and {value} are identifiers, checked and quoted (LegacyIdentifiers) before substitution.
SELECT {key}, {value} FROM {table}
