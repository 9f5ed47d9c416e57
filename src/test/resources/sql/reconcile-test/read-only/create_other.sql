-- What a check's session is refused: a new table.
CREATE TABLE {schema}other (n INT)
