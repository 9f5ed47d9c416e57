-- A temporary table asked to be InnoDB in a session without NO_ENGINE_SUBSTITUTION, and what it was made of.
SET SESSION sql_mode = '';
CREATE TEMPORARY TABLE asked_innodb (n INT) ENGINE=InnoDB;
SHOW CREATE TABLE asked_innodb;
