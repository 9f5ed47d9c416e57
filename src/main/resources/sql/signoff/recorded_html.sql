-- The SHA-256 of the reconciliation.html a reconciliation wrote (NULL for one made before it was recorded).
SELECT html_sha256 FROM migration.reconciliation WHERE reconciliation_id = ?
