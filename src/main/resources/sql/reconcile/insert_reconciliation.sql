-- One reconciliation, once its report is written (html_sha256: the bytes of the reconciliation.html it wrote): never updated afterwards (a trigger refuses it).
-- ledger_version 2: its ledger entry seals its failing records and its crosswalk as well (V13).
INSERT INTO migration.reconciliation (reconciliation_id, run_id, verdict, report_sha256, report_path, as_of, go_live,
                                      legacy_identity, target_identity, check_set_hash, whole_state, html_sha256, ledger_version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)
