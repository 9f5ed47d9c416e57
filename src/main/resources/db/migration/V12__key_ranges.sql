-- A large legacy table is read as several key ranges side by side, each committing its chunks in its own order.
-- The ranges of a run, as it cut them when the mapping opened (in the same transaction as the mapping's counts
-- row): a resumed run reads these, never new ones. A mapping read as one stream records none.
CREATE TABLE migration.key_range (
    run_id     bigint  NOT NULL REFERENCES migration.run (run_id),
    mapping_id text    NOT NULL,
    range_no   integer NOT NULL,
    -- keys after this one (NULL: from the first key) up to and including up_to_key (NULL: to the last key)
    after_key  text,
    up_to_key  text,
    PRIMARY KEY (run_id, mapping_id, range_no)
);

-- Each range has its own checkpoint; a mapping read as one stream keeps range 0.
ALTER TABLE migration.checkpoint ADD COLUMN range_no integer NOT NULL DEFAULT 0;
ALTER TABLE migration.checkpoint DROP CONSTRAINT checkpoint_pkey;
ALTER TABLE migration.checkpoint ADD PRIMARY KEY (run_id, mapping_id, range_no);
