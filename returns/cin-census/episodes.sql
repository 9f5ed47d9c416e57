-- The census's children and their CIN episodes in the census year (parameters: first and last day of the year).
-- Columns after the two keys are named as the census elements and come in the schema's order; a NULL is an element
-- left out. An episode is in the year when it starts by the year's end and has not closed before it begins: an NFA
-- referral with no close date ends on its referral date. An episode the schema cannot carry (no referral date, no
-- NFA flag) is not here: held_back.sql lists it. GenderCurrent: M 1, F 2, otherwise 0 (not recorded); Ethnicity
-- NULL is NOBT (information not yet obtained); ReferralSource NULL is 10 (unknown): the DfE's own words for "not known".
-- DateOfInitialCPC here only for a conference with no Section 47 enquiry: one with an enquiry is in its Section47
-- group, and rule 2884 wants a conference recorded at one level only. A record that ended after the year's end was
-- still open on its last day: its end (here the closure date and reason) is left out, as rule 8620 wants.
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
       CASE WHEN per.pers_upn ~ '^[A-Za-z][0-9]{12}$' OR per.pers_upn ~ '^[A-Za-z][0-9]{11}[A-Za-z]$' THEN per.pers_upn END AS "UPN",
       CAST(per.pers_dob AS text) AS "PersonBirthDate",
       CASE WHEN per.pers_dob IS NULL THEN CAST(per.pers_expected_dob AS text) END AS "ExpectedPersonBirthDate",
       CASE per.pers_sex WHEN 'M' THEN '1' WHEN 'F' THEN '2' ELSE '0' END AS "GenderCurrent",
       CAST(per.pers_death_date AS text) AS "PersonDeathDate",
       COALESCE(per.pers_ethnicity, 'NOBT') AS "Ethnicity",
       (SELECT string_agg(d.disa_disability_code, ',' ORDER BY d.disa_disability_code)
        FROM csc.ssd_disability d WHERE d.disa_person_id = per.pers_person_id) AS "Disabilities/Disability",
       CAST(e.cine_referral_date AS text) AS "CINreferralDate",
       COALESCE(e.cine_referral_source_code, '10') AS "ReferralSource",
       e.cine_cin_primary_need_code AS "PrimaryNeedCode",
       CASE WHEN e.cine_close_date <= p.pend THEN CAST(e.cine_close_date AS text) END AS "CINclosureDate",
       CASE WHEN e.cine_close_date <= p.pend THEN e.cine_close_reason END AS "ReasonForClosure",
       (SELECT CAST(min(c.icpc_icpc_date) AS text) FROM csc.ssd_initial_cp_conference c, period p
        WHERE c.icpc_referral_id = e.cine_referral_id AND c.icpc_s47_enquiry_id IS NULL
          AND c.icpc_icpc_date BETWEEN p.pstart AND p.pend) AS "DateOfInitialCPC",
       CASE e.cine_referral_nfa WHEN 'Y' THEN 'true' ELSE 'false' END AS "ReferralNFA"
FROM episode e
CROSS JOIN period p
JOIN csc.ssd_person per ON per.pers_person_id = e.cine_person_id
ORDER BY per.pers_person_id, e.cine_referral_date, e.cine_referral_id
