-- The test tries to change a legacy row as the legacy reader.
UPDATE client SET legacy_ref = legacy_ref WHERE client_no = 1
