-- Persons after merges: client records that are not merged into another.
SELECT COUNT(*) FROM client WHERE `merged_into` IS NULL;
