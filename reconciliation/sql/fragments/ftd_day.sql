-- Day of a free-text date.
(CASE WHEN {{ftd_iso {arg}}} THEN CAST(SUBSTRING({{ftd_text {arg}}}, 9, 2) AS SIGNED)
      WHEN {{ftd_dmy {arg}}} THEN CAST(SUBSTRING_INDEX(REPLACE({{ftd_text {arg}}}, '.', '/'), '/', 1) AS SIGNED)
 END)
