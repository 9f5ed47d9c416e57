-- Every key of one legacy table ({key}, {table} are quoted identifiers): deleted rows are the target keys missing here.
SELECT {key} FROM {table}
