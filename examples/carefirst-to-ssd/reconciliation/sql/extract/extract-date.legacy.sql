-- Per CareFirst table that stamps its changes (person, episode, cp_register), the rows changed on a day after the as-of
-- date and the latest change; allocation and contact keep no stamp, so their own dates stand in: an allocation that
-- started, or a contact made, after the as-of date (up to the server's date). And an as-of date later than the server's.
SELECT source, n, latest FROM (
  {{changed_after_as_of person}}
  UNION ALL {{changed_after_as_of episode}}
  UNION ALL {{changed_after_as_of cp_register}}
  UNION ALL SELECT 'allocation (started)', COUNT(*), MAX(start_ymd) FROM allocation
    WHERE start_ymd > CAST(REPLACE({asOf}, '-', '') AS UNSIGNED) AND start_ymd <= CAST(DATE_FORMAT(CURDATE(), '%Y%m%d') AS UNSIGNED)
  UNION ALL SELECT 'contact (made)', COUNT(*), MAX(contact_on) FROM contact
    WHERE contact_on >= {asOf} + INTERVAL 1 DAY AND contact_on <= NOW()
  UNION ALL SELECT 'as-of date after the legacy server''s date', CASE WHEN {asOf} > CURDATE() THEN 1 ELSE 0 END, NOW()
) changed
WHERE n > 0
ORDER BY source
