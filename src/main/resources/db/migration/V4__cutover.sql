-- Cutover bookkeeping: chunk checkpoints for resume, the legacy clock at a run's start (for deltas),
-- data owners' sign-offs, an audit trail of everything a cutover command did, and delta sizes.

-- The legacy server's clock when the run started reading: a later delta takes rows updated after it.
ALTER TABLE migration.run ADD COLUMN legacy_started_at timestamp;
-- How many times an interrupted run was resumed under the same run id.
ALTER TABLE migration.run ADD COLUMN resumed integer NOT NULL DEFAULT 0;
-- A delta names the load it started from.
ALTER TABLE migration.run ADD COLUMN since_run_id bigint REFERENCES migration.run (run_id);

-- One row per mapping of a run, written in the same transaction as each chunk's rows and counts:
-- after a crash it says exactly how far the committed data goes.
CREATE TABLE migration.checkpoint (
    run_id       bigint      NOT NULL REFERENCES migration.run (run_id),
    mapping_id   text        NOT NULL,
    last_key     text        NOT NULL,
    chunks       bigint      NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, mapping_id)
);

-- A data owner's sign-off of one reconciliation report, bound to what was reconciled.
CREATE TABLE migration.sign_off (
    sign_off_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id          bigint      NOT NULL REFERENCES migration.run (run_id),
    owner_name      text        NOT NULL,
    owner_role      text        NOT NULL,
    report_path     text        NOT NULL,
    report_sha256   text        NOT NULL,
    mapping_hash    text        NOT NULL,
    toolkit_version text        NOT NULL,
    verdict         text        NOT NULL,
    signed_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_off_run_idx ON migration.sign_off (run_id);

-- Everything the cutover commands do, in order: refusals, starts, resumes, marks.
CREATE TABLE migration.event (
    event_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id   bigint REFERENCES migration.run (run_id),
    at       timestamptz NOT NULL DEFAULT now(),
    command  text        NOT NULL,
    action   text        NOT NULL,
    detail   text
);

-- Per mapping of a delta run: how many legacy keys were re-migrated and what changed in the target.
CREATE TABLE migration.delta_table (
    run_id       bigint NOT NULL REFERENCES migration.run (run_id),
    mapping_id   text   NOT NULL,
    dirty_keys   bigint NOT NULL,
    deleted_rows bigint NOT NULL,
    loaded_rows  bigint NOT NULL,
    changed_keys bigint NOT NULL,
    PRIMARY KEY (run_id, mapping_id)
);
