-- Legacy clients (merged included) whose ethnicity is one of three spellings in any case, trimmed: the legacy rows a code
-- map rule with exactly those spellings gives its census code.
SELECT COUNT(*) FROM client WHERE UPPER(TRIM(ethnic_cd)) IN (UPPER(?), UPPER(?), UPPER(?))
