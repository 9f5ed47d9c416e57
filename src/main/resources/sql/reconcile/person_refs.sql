-- The declared person's target rows as (key, legacy reference), for the worklists; {personTable}, {personKey} and
-- {personRef} come from the mapping that says role: person, checked and quoted.
SELECT {personKey}::text AS k, {personRef}::text AS ref FROM csc.{personTable}
