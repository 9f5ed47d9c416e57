-- Assessments in the census year, per referral (parameters: first and last day of the year): started by the year's
-- end and not authorised before it began. Factors outside the schema's list (e.g. 19A, withdrawn) are left out and
-- listed by held_back.sql.
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend)
SELECT a.cina_referral_id AS referral_id,
       CAST(a.cina_assessment_start_date AS text) AS "AssessmentActualStartDate",
       CASE WHEN a.cina_assessment_auth_date <= p.pend THEN CAST(a.cina_assessment_auth_date AS text) END AS "AssessmentAuthorisationDate",
       (SELECT string_agg(f.cinf_factor_code, ',' ORDER BY f.cinf_factor_code) FROM csc.ssd_assessment_factors f
        WHERE f.cinf_assessment_id = a.cina_assessment_id
          AND f.cinf_factor_code IN (
          '1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E',
          '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18B', '18C', '19B', '19C', '20', '21', '22A', '23A', '24A')) AS "FactorsIdentifiedAtAssessment/AssessmentFactors"
FROM csc.ssd_cin_assessments a, period p
WHERE a.cina_referral_id IS NOT NULL AND a.cina_assessment_start_date <= p.pend
  AND (a.cina_assessment_auth_date IS NULL OR a.cina_assessment_auth_date >= p.pstart)
ORDER BY a.cina_referral_id, a.cina_assessment_start_date, a.cina_assessment_id
