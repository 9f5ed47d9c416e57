-- Windows-1252 bytes as stored: 0x92 (right single quote, O’Brien) in surnames, 0xEB (e diaeresis, Zoë) in
-- forenames, 0x92 in case-note bodies.
SELECT (SELECT COUNT(*) FROM client WHERE HEX(surname) LIKE '%4F92%'),
       (SELECT COUNT(*) FROM client WHERE HEX(forenames) REGEXP '^([0-9A-F]{2})*EB'),
       (SELECT COUNT(*) FROM case_note WHERE HEX(body) REGEXP '^([0-9A-F]{2})*92');
