-- Month of a d/m/y free-text date ({{ftd_dmy}} holds).
CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(REPLACE({{ftd_text {arg}}}, '.', '/'), '/', 2), '/', -1) AS SIGNED)
