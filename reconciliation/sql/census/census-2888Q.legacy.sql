-- The disability codes other than NONE of each surviving client with a referral that migrates into the census year's
-- return (census 2888Q). One row keyed by the year, with the children that have such a code and the most codes one of
-- them has, when each of them has exactly one (and at least one child has one); none otherwise.
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}},
{{census_child_disability}}
SELECT CONCAT({censusStart}, '..', {censusEnd}) AS row_key, COUNT(*) AS children_with_codes,
       MAX(p.codes) AS max_codes_per_child
FROM (SELECT client_no, COUNT(*) AS codes FROM child_disability GROUP BY client_no) p
HAVING COUNT(*) > 0 AND MAX(p.codes) = 1
