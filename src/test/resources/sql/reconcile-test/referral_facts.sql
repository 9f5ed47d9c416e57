-- Each referral's date (NULL for a zero date) and team, to check the duty cases' details and days waiting.
SELECT ref_id, CASE WHEN ref_dt = '0000-00-00' THEN NULL ELSE DATE_FORMAT(ref_dt, '%Y-%m-%d') END, team_cd FROM referral
