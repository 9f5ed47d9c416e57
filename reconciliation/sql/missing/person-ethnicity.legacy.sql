-- Surviving clients whose ethnicity maps to no census code (4-letter codes, 2001 codes, census descriptions).
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL
  AND (c.ethnic_cd IS NULL OR UPPER(TRIM(c.ethnic_cd)) NOT IN (
    'WBRI', 'WIRI', 'WIRT', 'WROM', 'WOTH', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH',
    'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
    'A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'C4', 'D1', 'D2', 'D3', 'E1', 'E2', 'Z',
    'WHITE BRITISH', 'WHITE IRISH', 'TRAVELLER OF IRISH HERITAGE', 'GYPSY/ROMA', 'GYPSY ROMA', 'ANY OTHER WHITE BACKGROUND',
    'WHITE AND BLACK CARIBBEAN', 'WHITE AND BLACK AFRICAN', 'WHITE AND ASIAN', 'ANY OTHER MIXED BACKGROUND',
    'INDIAN', 'PAKISTANI', 'BANGLADESHI', 'ANY OTHER ASIAN BACKGROUND',
    'BLACK CARIBBEAN', 'BLACK AFRICAN', 'ANY OTHER BLACK BACKGROUND',
    'CHINESE', 'ANY OTHER ETHNIC GROUP', 'REFUSED', 'INFORMATION REFUSED', 'INFORMATION NOT YET OBTAINED'))
ORDER BY c.client_no
