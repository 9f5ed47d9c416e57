-- What a check's session is refused: a change to a table.
DELETE FROM {schema}kept
