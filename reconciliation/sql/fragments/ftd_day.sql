-- Day of a d/m/y free-text date ({{ftd_dmy}} holds).
CAST(SUBSTRING_INDEX(REPLACE({{ftd_text {arg}}}, '.', '/'), '/', 1) AS SIGNED)
