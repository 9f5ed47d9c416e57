-- A table of one row that a check's session must not be able to change (both servers read this text; {schema} is
-- public. on the target, whose sessions have only pg_catalog on their search path, and empty in legacy).
CREATE TABLE {schema}kept (n INT PRIMARY KEY)
