-- The row key of a record of a list mapping: the part of "key:item" before the first ':'.
split_part(legacy_key, ':', 1)
