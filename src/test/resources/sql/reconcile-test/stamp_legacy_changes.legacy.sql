-- Legacy records two changes after the run's as-of date (2019-01-31): an allocation ended on 2019-02-04 and recorded
-- then, and a referral whose stamp lies far beyond the legacy server's own clock (a bad stamp, not a change).
UPDATE allocation SET end_dt = '2019-02-04', updated_dt = '2019-02-04 10:15:00' ORDER BY alloc_id LIMIT 1;
UPDATE referral SET updated_dt = '2099-01-01 00:00:00' ORDER BY ref_id LIMIT 1;
