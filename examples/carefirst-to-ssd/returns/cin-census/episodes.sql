-- The census's children and their CIN episodes in the census year (parameters: first and last day of the year): the
-- root project's query with only the elements this project's mappings fill. Left out because nothing maps them:
-- UPN, ExpectedPersonBirthDate, PersonDeathDate, Disabilities (no disability records), ReasonForClosure, and
-- DateOfInitialCPC (no conferences). Columns after the two keys are named as the census elements, in the schema's
-- order; a NULL is an element left out. An episode is in the year when it starts by the year's end and has not closed
-- before it begins: an NFA referral with no close date ends on its referral date. An episode the schema cannot carry
-- (no referral date, no NFA flag) is not here: held_back.sql lists it. GenderCurrent: M 1, F 2, otherwise 0 (not
-- recorded); Ethnicity NULL is NOBT; ReferralSource NULL is 10 (unknown). A close after the year's end is left out
-- (rule 8620): the episode was open on the year's last day.
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend),
episode AS (
    SELECT e.*
    FROM csc.ssd_cin_episodes e, period p
    WHERE e.cine_referral_date IS NOT NULL AND e.cine_referral_nfa IS NOT NULL
      AND e.cine_referral_date <= p.pend
      AND (e.cine_close_date >= p.pstart
           OR (e.cine_close_date IS NULL AND (e.cine_referral_nfa = 'N' OR e.cine_referral_date >= p.pstart)))
)
SELECT per.pers_person_id AS person_id,
       e.cine_referral_id AS referral_id,
       per.pers_legacy_id AS "LAchildID",
       CAST(per.pers_dob AS text) AS "PersonBirthDate",
       CASE per.pers_sex WHEN 'M' THEN '1' WHEN 'F' THEN '2' ELSE '0' END AS "GenderCurrent",
       COALESCE(per.pers_ethnicity, 'NOBT') AS "Ethnicity",
       CAST(e.cine_referral_date AS text) AS "CINreferralDate",
       COALESCE(e.cine_referral_source_code, '10') AS "ReferralSource",
       e.cine_cin_primary_need_code AS "PrimaryNeedCode",
       CASE WHEN e.cine_close_date <= p.pend THEN CAST(e.cine_close_date AS text) END AS "CINclosureDate",
       CASE e.cine_referral_nfa WHEN 'Y' THEN 'true' ELSE 'false' END AS "ReferralNFA"
FROM episode e
CROSS JOIN period p
JOIN csc.ssd_person per ON per.pers_person_id = e.cine_person_id
ORDER BY per.pers_person_id, e.cine_referral_date, e.cine_referral_id
