-- What a check's session is refused: a new table.
CREATE TABLE other (n INT)
