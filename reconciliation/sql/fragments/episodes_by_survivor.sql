-- Common table expression "ep" (for WITH RECURSIVE, after {{merged_survivors}}, which it no longer reads but which its
-- users still define): every referral that migrates as a CIN episode (its client has a survivor, its team exists) with
-- its referral date, its close date as the migration writes it (close_dt, else updated_dt for a CLOSED status: rule 7),
-- its NFA flag (status NFA), the end the census export gives it (an NFA referral with no close date ends on its
-- referral date) and the surviving client: the shared set sql/shared/episodes.sql, built once per legacy session.
-- A query reads ep once: MySQL cannot open one temporary table twice in a query.
ep AS (
  SELECT ref_id, started, closed, nfa, ended, survivor_no FROM {{shared episodes}}
)
