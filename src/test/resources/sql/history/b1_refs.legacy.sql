-- The legacy references of the clients that migrate whose ethnicity is exactly 'B1'.
SELECT legacy_ref FROM client WHERE `merged_into` IS NULL AND CAST(ethnic_cd AS BINARY) = CAST('B1' AS BINARY) ORDER BY legacy_ref
