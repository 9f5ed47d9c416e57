-- The disability codes other than NONE that the census year's return would carry from legacy (census 2887Q): those of
-- the surviving clients with a referral that migrates into the year's return. One row keyed by the year, with the
-- number of distinct codes used, when it is 7 or fewer; none otherwise.
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}},
{{census_child_disability}}
SELECT CONCAT({censusStart}, '..', {censusEnd}) AS row_key, u.codes AS codes_used
FROM (SELECT COUNT(DISTINCT code) AS codes FROM child_disability) u
WHERE u.codes <= 7
