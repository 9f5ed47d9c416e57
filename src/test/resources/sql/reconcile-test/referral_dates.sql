-- Every referral's id and date as legacy holds it (a zero date is NULL): the test counts duty waits from it itself.
SELECT ref_id, CASE WHEN ref_dt + INTERVAL 0 DAY IS NULL THEN NULL ELSE DATE_FORMAT(ref_dt, '%Y-%m-%d') END FROM referral
