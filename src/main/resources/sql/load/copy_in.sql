-- Bulk load of one target batch in COPY text format. {table} and {columns} are validated,
-- double-quoted identifiers; the schema is fixed: the engine loads only the supplier's tables.
COPY csc.{table} ({columns}) FROM STDIN (FORMAT text)
