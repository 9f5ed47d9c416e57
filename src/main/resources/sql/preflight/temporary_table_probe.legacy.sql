-- Whether the legacy user may create temporary tables, as InnoDB: the reconciliation builds its shared sets
-- (reconciliation/sql/shared) in the legacy session's own temporary tables, each ENGINE=InnoDB. The probe is dropped at
-- once.
CREATE TEMPORARY TABLE switchover_preflight_probe (probe INT) ENGINE=InnoDB
