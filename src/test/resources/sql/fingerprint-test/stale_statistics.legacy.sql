-- note's statistics made stale on purpose: the server estimates 94,100 rows where the table holds 941. InnoDB reloads a
-- table's persistent statistics when the table is renamed.
UPDATE mysql.innodb_table_stats SET n_rows = 94100 WHERE database_name = DATABASE() AND table_name = 'note';
RENAME TABLE note TO note_renamed, note_renamed TO note;
