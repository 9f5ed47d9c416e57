-- Referrals of a known child with a close date but no census closure reason, or the reverse (census 8805/8810).
-- Close date: close_dt, or for a CLOSED... status the date of updated_dt. Reason: the code after CLOSED: in the
-- status, else close_reason; present only when it is RC1-RC9.
WITH RECURSIVE {{survivors}},
{{loaded_referral}},
closure AS (
  SELECT ref_id, legacy_ref,
         COALESCE({{real_date close_dt}},
                  CASE WHEN UPPER(TRIM(status)) LIKE 'CLOSED%' THEN {{real_date updated_dt}} END) AS close_date,
         CASE WHEN UPPER(TRIM(status)) LIKE 'CLOSED%' AND LOCATE(':', TRIM(status)) > 1
                   AND LOCATE(':', TRIM(status)) < CHAR_LENGTH(TRIM(status))
              THEN TRIM(SUBSTRING(TRIM(status), LOCATE(':', TRIM(status)) + 1))
              ELSE NULLIF(TRIM(close_reason), '') END AS reason_source
  FROM loaded_referral
)
SELECT ref_id AS row_key, legacy_ref,
       CASE WHEN close_date IS NULL THEN 'reason without date' ELSE 'date without reason' END AS problem
FROM closure
WHERE (close_date IS NULL) <> (COALESCE(UPPER(reason_source) IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'), 0) = 0)
ORDER BY ref_id
