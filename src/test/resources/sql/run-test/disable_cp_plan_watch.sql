-- Turns off the note of writes on one csc table, as someone hiding an edit would.
ALTER TABLE csc.ssd_cp_plans DISABLE TRIGGER switchover_csc_written
