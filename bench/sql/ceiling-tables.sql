-- Plain PostgreSQL tables for the copy ceiling, one per legacy table of the schema named by @db:
-- numbers keep a numeric type, everything else is text (zero dates cannot load into date columns
-- without a transformation). No keys, no indexes: the ceiling measures the pipe, nothing else.
SELECT CONCAT('CREATE TABLE ', table_name, ' (',
              GROUP_CONCAT(CONCAT(column_name, ' ',
                                  CASE WHEN data_type IN ('int', 'bigint', 'smallint', 'tinyint') THEN data_type
                                       WHEN data_type = 'decimal' THEN 'numeric'
                                       ELSE 'text' END)
                           ORDER BY ordinal_position SEPARATOR ', '),
              ');')
FROM information_schema.columns
WHERE table_schema = @db
GROUP BY table_name;
