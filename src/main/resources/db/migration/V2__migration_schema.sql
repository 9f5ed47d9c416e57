-- The toolkit's own records: runs, their per-mapping counts, rejects, lossy conversions and
-- whether the target has been marked as production. Identities are host:port/db, never credentials.

-- Schema migration itself is created by Flyway (createSchemas), as it holds Flyway's history table.

CREATE TABLE migration.run (
    run_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('dry-run', 'final-load', 'delta')),
    started_at      timestamptz NOT NULL DEFAULT now(),
    ended_at        timestamptz,
    status          text        NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    legacy_identity text        NOT NULL,
    target_identity text        NOT NULL,
    mapping_hash    text        NOT NULL,
    toolkit_version text        NOT NULL,
    as_of           date,
    verdict         text        CHECK (verdict IN ('GO', 'NO_GO')),
    report_sha256   text,
    failure         text
);

CREATE TABLE migration.run_table (
    run_id       bigint NOT NULL REFERENCES migration.run (run_id),
    mapping_id   text   NOT NULL,
    legacy_table text   NOT NULL,
    target_table text   NOT NULL,
    read         bigint,
    loaded       bigint,
    excluded     bigint,
    rejected     bigint,
    seconds      numeric(12, 3),
    PRIMARY KEY (run_id, mapping_id)
);

CREATE TABLE migration.run_rule (
    run_id     bigint NOT NULL REFERENCES migration.run (run_id),
    mapping_id text   NOT NULL,
    outcome    text   NOT NULL CHECK (outcome IN ('excluded', 'rejected')),
    rule       text   NOT NULL,
    rows       bigint,
    PRIMARY KEY (run_id, mapping_id, outcome, rule)
);

CREATE TABLE migration.reject (
    reject_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       bigint NOT NULL REFERENCES migration.run (run_id),
    legacy_table text   NOT NULL,
    target_table text   NOT NULL,
    legacy_key   text,
    reason       text   NOT NULL,
    detail       text,
    raw_values   jsonb,
    recorded_at  timestamptz DEFAULT now()
);
CREATE INDEX reject_run_target_idx ON migration.reject (run_id, target_table);

CREATE TABLE migration.lossy_conversion (
    lossy_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       bigint NOT NULL REFERENCES migration.run (run_id),
    legacy_table text   NOT NULL,
    target_table text   NOT NULL,
    legacy_key   text,
    column_name  text   NOT NULL,
    kind         text   NOT NULL,
    raw_value    text
);
CREATE INDEX lossy_conversion_run_column_idx ON migration.lossy_conversion (run_id, legacy_table, column_name);

-- Exactly one row: the CHECK on a boolean key that must be true allows no second row.
CREATE TABLE migration.target_status (
    singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    production    boolean NOT NULL DEFAULT false,
    marked_at     timestamptz,
    marked_by_run bigint REFERENCES migration.run (run_id)
);
INSERT INTO migration.target_status (singleton) VALUES (true);
