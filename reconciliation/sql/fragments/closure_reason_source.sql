-- The census closure reason of the referral row {arg} as the migration reads it (closure_reason_source, then the
-- closure_reason code map, matched trimmed and in any case): the code after CLOSED: in the status, else close_reason;
-- upper case, NULL when there is none.
UPPER(CASE WHEN UPPER(TRIM({arg}.status)) LIKE 'CLOSED%' AND LOCATE(':', TRIM({arg}.status)) > 1
                AND LOCATE(':', TRIM({arg}.status)) < CHAR_LENGTH(TRIM({arg}.status))
           THEN TRIM(SUBSTRING(TRIM({arg}.status), LOCATE(':', TRIM({arg}.status)) + 1))
           ELSE NULLIF(TRIM({arg}.close_reason), '') END)
