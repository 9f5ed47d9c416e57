-- The content fingerprint of one legacy table, computed on the legacy server: per bucket of its key ({bucket} is
-- `key` DIV width for an integer key, CRC32(`key`) MOD n for any other), the rows and the XOR of the first 64 bits
-- of each row's MD5. {row} is the row's text (row_text.legacy.sql): every column of the table in order, each as
-- IFNULL(CONCAT(CHAR_LENGTH(c), ':', c), 'N') and joined by '|': length-prefixed, so no value can shift into its
-- neighbour, and NULL apart from any text. XOR does not depend on
-- row order, and as every row holds its own key no two rows cancel out. {where} is empty, or the key range of one part
-- of a large table (part_*.legacy.sql).
SELECT {bucket} AS bucket, COUNT(*) AS row_count,
       LPAD(HEX(BIT_XOR(CAST(CONV(LEFT(MD5({row}), 16), 16, 10) AS UNSIGNED))), 16, '0') AS content_hash
FROM {table}
{where}
GROUP BY 1
ORDER BY 1
