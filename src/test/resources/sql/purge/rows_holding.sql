-- How many reject and lossy rows still hold a text anywhere in their stored values.
SELECT (SELECT count(*) FROM migration.reject WHERE raw_values::text LIKE '%' || ? || '%' OR detail LIKE '%' || ? || '%')
     + (SELECT count(*) FROM migration.lossy_conversion WHERE raw_value LIKE '%' || ? || '%')
