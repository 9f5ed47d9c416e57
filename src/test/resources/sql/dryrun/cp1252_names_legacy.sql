-- Surviving clients whose names hold Windows-1252 characters beyond ASCII (’ is byte 0x92, ë is 0xEB in latin1).
SELECT client_no, CONCAT(forenames, '|', surname) FROM client
WHERE `merged_into` IS NULL AND (forenames REGEXP '[^ -~]' OR surname REGEXP '[^ -~]') AND forenames NOT LIKE CONCAT('%', CHAR(0), '%')
ORDER BY client_no
