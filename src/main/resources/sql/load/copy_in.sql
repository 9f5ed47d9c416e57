-- Bulk load of one target batch; {format} is binary (typed encoders in the JVM) or text (a batch
-- whose values the JVM could not type exactly as the server would). {table} and {columns} are
-- validated, double-quoted identifiers; the schema is fixed: the engine loads only the supplier's tables.
COPY csc.{table} ({columns}) FROM STDIN (FORMAT {format})
