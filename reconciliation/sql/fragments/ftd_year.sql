-- Year of a d/m/y free-text date ({{ftd_dmy}} holds); a two-digit year is 2000+yy, less 100 when that is after the
-- as-of year.
(CASE WHEN CHAR_LENGTH(SUBSTRING_INDEX(REPLACE({{ftd_text {arg}}}, '.', '/'), '/', -1)) = 2
      THEN CAST(SUBSTRING_INDEX(REPLACE({{ftd_text {arg}}}, '.', '/'), '/', -1) AS SIGNED)
           + CASE WHEN 2000 + CAST(SUBSTRING_INDEX(REPLACE({{ftd_text {arg}}}, '.', '/'), '/', -1) AS SIGNED) > {asOfYear} THEN 1900 ELSE 2000 END
      ELSE CAST(SUBSTRING_INDEX(REPLACE({{ftd_text {arg}}}, '.', '/'), '/', -1) AS SIGNED) END)
