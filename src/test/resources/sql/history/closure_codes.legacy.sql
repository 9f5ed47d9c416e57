-- Each census closure reason with its referrals, by the migration rule (the code after CLOSED: in the status, else
-- close_reason), in any case: what the closure crosswalk must say each code has in legacy.
SELECT code, COUNT(*) FROM (
  SELECT UPPER(TRIM(CASE WHEN UPPER(TRIM(status)) LIKE 'CLOSED%:_%' THEN SUBSTRING(TRIM(status), LOCATE(':', TRIM(status)) + 1)
                         ELSE close_reason END)) AS code
  FROM referral) r
WHERE code IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9')
GROUP BY code ORDER BY code
