-- The first and last key of a legacy table, from its key's index (no scan): the span an integer key is split across.
SELECT CAST(MIN({key}) AS CHAR), CAST(MAX({key}) AS CHAR) FROM {table}
