-- Every legacy client's ethnicity value that means B1 (any case, any surrounding spaces), each exact spelling with its
-- rows, merged clients included: the lines of the ethnicity crosswalk that a B1 rule moves.
SELECT ethnic_cd, COUNT(*) FROM client WHERE UPPER(TRIM(ethnic_cd)) = 'B1'
GROUP BY CAST(ethnic_cd AS BINARY) ORDER BY CAST(ethnic_cd AS BINARY) -- exact spellings: the collation ignores case
