-- The final-load gate bound to what was signed, and loads that can be proven: which legacy server and
-- database each run read, content fingerprints of the legacy tables (at the freeze, at a run's start and
-- after a final load), and every excluded legacy row by key (so a delta can account for whole tables).

-- The legacy server a run read: @@server_uuid where the server has one (MySQL), else @@hostname:@@port
-- (MariaDB has no server_uuid); and the database name. Recorded when the run starts.
ALTER TABLE migration.run ADD COLUMN legacy_server text;
ALTER TABLE migration.run ADD COLUMN legacy_database text;
-- Why a run is NO_GO before or apart from its reconciliation (e.g. legacy changed during a final load).
ALTER TABLE migration.run ADD COLUMN no_go_reason text;

-- One fingerprint of the legacy tables the mappings read: taken by `switchover freeze` (run_id NULL), by
-- every full load and delta at its start ('run-start': what it read), and by a final load after loading.
CREATE TABLE migration.fingerprint (
    fingerprint_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('freeze', 'run-start', 'run-end')),
    run_id          bigint REFERENCES migration.run (run_id),
    legacy_server   text        NOT NULL,
    legacy_database text        NOT NULL,
    legacy_clock    timestamp   NOT NULL,
    seconds         numeric(12, 3) NOT NULL,
    made_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fingerprint_run_idx ON migration.fingerprint (run_id);

-- Per legacy table: how its rows are put in buckets ('range': FLOOR(key / bucket_size) for an integer key;
-- 'crc32': CRC32(key) MOD bucket_size for any other), its columns in order, and its row count.
CREATE TABLE migration.fingerprint_table (
    fingerprint_id bigint NOT NULL REFERENCES migration.fingerprint (fingerprint_id),
    legacy_table   text   NOT NULL,
    key_column     text   NOT NULL,
    bucketing      text   NOT NULL CHECK (bucketing IN ('range', 'crc32')),
    bucket_size    bigint NOT NULL CHECK (bucket_size > 0),
    columns        text   NOT NULL,
    row_count      bigint NOT NULL,
    PRIMARY KEY (fingerprint_id, legacy_table)
);

-- Per bucket of a table: its rows and the XOR of a 64-bit slice of each row's MD5 (hex), computed on the legacy server.
CREATE TABLE migration.fingerprint_bucket (
    fingerprint_id bigint NOT NULL,
    legacy_table   text   NOT NULL,
    bucket         bigint NOT NULL,
    row_count      bigint NOT NULL,
    content_hash   text   NOT NULL,
    PRIMARY KEY (fingerprint_id, legacy_table, bucket),
    FOREIGN KEY (fingerprint_id, legacy_table) REFERENCES migration.fingerprint_table (fingerprint_id, legacy_table)
);

-- Every legacy row (or list item) a run excluded by a rule, by key: with the rejects, what a delta copies
-- forward for the keys it does not touch, so its run accounts for whole tables.
CREATE TABLE migration.exclusion (
    exclusion_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       bigint NOT NULL REFERENCES migration.run (run_id),
    legacy_table text   NOT NULL,
    target_table text   NOT NULL,
    legacy_key   text,
    rule         text   NOT NULL,
    units        bigint NOT NULL
);
CREATE INDEX exclusion_run_target_idx ON migration.exclusion (run_id, target_table);
