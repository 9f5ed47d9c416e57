-- The latest freeze fingerprint: its id and the legacy clock it was taken at.
SELECT fingerprint_id, legacy_clock FROM migration.fingerprint WHERE kind = 'freeze' ORDER BY fingerprint_id DESC LIMIT 1
