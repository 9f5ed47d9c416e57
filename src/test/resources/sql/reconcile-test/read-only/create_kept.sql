-- A table of one row that a check's session must not be able to change (both servers read this text).
CREATE TABLE kept (n INT PRIMARY KEY)
