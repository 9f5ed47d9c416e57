-- Whether a legacy table records when each row changed (team and staff do not: a delta re-migrates them whole).
SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = 'updated_dt'
