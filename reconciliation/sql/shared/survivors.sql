-- Every client whose merge chain ends at a surviving client, with that survivor and its legacy reference: the walk of
-- {{survivor_chains}}, built once per legacy session instead of once in each of the eleven queries that read it
-- (0.4 s each at scale 5), and keyed by client for their joins. InnoDB, not the server's default for temporary tables,
-- which may be MEMORY: a MEMORY table is capped by max_heap_table_size.
CREATE TEMPORARY TABLE {table} (PRIMARY KEY (client_no), KEY (survivor_no)) ENGINE=InnoDB
WITH RECURSIVE {{survivor_chains}}
SELECT client_no, survivor_no, legacy_ref FROM survivor
