-- Values a fingerprint must hash by its definition, in NOT NULL and nullable columns alike: Windows-1252 text and the
-- five bytes it leaves undefined, NUL bytes, separators inside values, empty text, NULLs, zero and part-zero dates,
-- negative numbers, a body longer than 64 KB, negative and zero keys; and a utf8mb4 table with text keys, 4-byte
-- characters and CJK.
DROP TABLE IF EXISTS hostile_latin1, hostile_utf8;
CREATE TABLE hostile_latin1 (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, body MEDIUMTEXT, born VARCHAR(20),
    d DATE NOT NULL, dt DATETIME, amount DECIMAL(5, 2) NOT NULL, big BIGINT, flag TINYINT(1), note_type CHAR(3) NOT NULL)
    DEFAULT CHARSET latin1;
INSERT INTO hostile_latin1 VALUES
    (-7, CONCAT('Zo', UNHEX('EB'), ' O', UNHEX('92'), 'Brien'), CONCAT('a', UNHEX('81'), 'b', UNHEX('8D8F909D'), 'c', UNHEX('00'), 'd'),
     '03/04/2011', '0000-00-00', '0000-00-00 00:00:00', -0.5, -9223372036854775807, 1, 'N'),
    (0, '', '', '', '2019-00-05', '2019-00-00 03:04:05', 0, 0, 0, ''),
    (1, 'N', NULL, NULL, '0000-00-00', NULL, 0, NULL, NULL, 'N'),
    (2, '|', '1:N|2:x', '|', '2011-04-03', '2019-01-31 23:59:59', 999.99, 9223372036854775807, NULL, 'N|:'),
    (3, CONCAT(UNHEX('80'), ' ', UNHEX('A3'), UNHEX('FF')), REPEAT(CONCAT('x', UNHEX('E9'), UNHEX('85')), 30000), 'UNK',
     '1900-01-01', '2038-01-19 03:14:08', -999.99, 12, 1, 'abc'),
    (16, ':', NULL, NULL, '2019-02-28', NULL, 1, NULL, NULL, '');
CREATE TABLE hostile_utf8 (code VARCHAR(10) PRIMARY KEY, label VARCHAR(40) NOT NULL, note TEXT, at DATETIME NOT NULL, n INT)
    DEFAULT CHARSET utf8mb4;
INSERT INTO hostile_utf8 VALUES
    ('', 'empty key', NULL, '0000-00-00 00:00:00', NULL),
    ('DUTY-C', 'Duty C', CONCAT('smile ', UNHEX('F09F9880')), '2019-01-01 00:00:00', -1),
    ('W|1', CONCAT(UNHEX('E4B8AD'), UNHEX('E69687')), 'caf', '0000-00-00 00:00:00', 0),
    ('Zoë', 'é', CONCAT('nul', UNHEX('00'), 'byte'), '2019-02-28 12:00:00', 2147483647)
