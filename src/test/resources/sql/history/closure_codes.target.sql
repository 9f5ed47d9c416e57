-- Each closure reason in the target's CIN episodes with its rows.
SELECT cine_close_reason, COUNT(*) FROM csc.ssd_cin_episodes WHERE cine_close_reason IS NOT NULL
GROUP BY cine_close_reason ORDER BY cine_close_reason
