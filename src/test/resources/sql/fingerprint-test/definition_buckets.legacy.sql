-- A table's fingerprint by its definition, for comparison with what Fingerprinter computes: per bucket ({bucket}), the
-- rows and the XOR of each row's hash over CONCAT_WS('|', IFNULL(CONCAT(CHAR_LENGTH(c), ':', c), 'N'), ...) ({columns}).
SELECT {bucket} AS bucket, COUNT(*) AS row_count,
       LPAD(HEX(BIT_XOR(CAST(CONV(LEFT(MD5(CONCAT_WS('|', {columns})), 16), 16, 10) AS UNSIGNED))), 16, '0') AS content_hash
FROM {table}
GROUP BY 1
ORDER BY 1
