-- Month of a free-text date.
(CASE WHEN {{ftd_iso {arg}}} THEN CAST(SUBSTRING(TRIM({arg}), 6, 2) AS SIGNED)
      WHEN {{ftd_dmy {arg}}} THEN CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(REPLACE(TRIM({arg}), '.', '/'), '/', 2), '/', -1) AS SIGNED)
 END)
