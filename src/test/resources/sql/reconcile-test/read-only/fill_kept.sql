INSERT INTO {schema}kept VALUES (1)
