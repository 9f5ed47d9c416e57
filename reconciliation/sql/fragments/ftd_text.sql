-- Free text with the whitespace the Java parser strips taken off both ends: tabs, line ends, vertical tabs and form
-- feeds count as spaces, then TRIM. TRIM alone left a tab or a line end, which made a date NULL here but a date in
-- the target. (Inside a date they stay whitespace, so the text still fails the formats, as it does in Java.)
TRIM(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE({arg}, CHAR(9 USING utf8mb4), ' '), CHAR(10 USING utf8mb4), ' '), CHAR(11 USING utf8mb4), ' '), CHAR(12 USING utf8mb4), ' '), CHAR(13 USING utf8mb4), ' '))
