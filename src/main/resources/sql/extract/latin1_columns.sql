-- The columns of a legacy table stored as latin1 (which MariaDB means as Windows-1252): the server sends
-- them converted to utf8mb4, with the five bytes Windows-1252 leaves undefined as U+0081, U+008D, U+008F,
-- U+0090 and U+009D; the reader turns those into U+FFFD and counts them as lost.
SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CHARACTER_SET_NAME = 'latin1'
