-- Assessments that start while an assessment of the same episode that started before them (by start date, then id) is
-- ongoing: on or before the latest authorisation date among those (none = still ongoing) (census 8863). A window, not a
-- pairwise self-join, so legacy can do the same without an index on assessment.ref_id.
WITH w AS (
  SELECT a.cina_assessment_id, a.cina_person_id, a.cina_assessment_start_date AS started,
         max(COALESCE(a.cina_assessment_auth_date, DATE '9999-12-31')) OVER (PARTITION BY a.cina_referral_id
             ORDER BY a.cina_assessment_start_date, a.cina_assessment_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end
  FROM csc.ssd_cin_assessments a
  WHERE a.cina_assessment_start_date IS NOT NULL
)
SELECT w.cina_assessment_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM w JOIN csc.ssd_person p ON p.pers_person_id = w.cina_person_id
WHERE w.started <= w.before_end
ORDER BY w.cina_assessment_id
