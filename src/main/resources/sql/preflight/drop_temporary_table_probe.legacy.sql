-- The preflight's probe table, dropped once it was made.
DROP TEMPORARY TABLE switchover_preflight_probe
