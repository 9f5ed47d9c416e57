-- An active CP plan deleted from the target with its reviews: the child's only active plan, no mandatory field
-- missing, and no review of it dated before the plan started, so only the plan checks and the counts see it.
-- pick: the plan, its row and its reviews (as JSON, to put back); plant: reviews and plan deleted; undo: put back.
SELECT c.cppl_cp_plan_id AS id, to_jsonb(c)::text AS plan,
       (SELECT count(*) FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id) AS reviews,
       (SELECT coalesce(jsonb_agg(r), '[]'::jsonb) FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id)::text AS review_rows
FROM csc.ssd_cp_plans c
WHERE c.cppl_cp_plan_end_date IS NULL
  AND c.cppl_cp_plan_start_date IS NOT NULL
  AND c.cppl_cp_plan_initial_category IS NOT NULL AND c.cppl_cp_plan_latest_category IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans o WHERE o.cppl_person_id = c.cppl_person_id
                  AND o.cppl_cp_plan_id <> c.cppl_cp_plan_id AND o.cppl_cp_plan_end_date IS NULL)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id
                  AND r.cppr_cp_review_date < c.cppl_cp_plan_start_date)
ORDER BY (SELECT count(*) FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id) DESC, c.cppl_cp_plan_id
LIMIT 1;
WITH gone AS (DELETE FROM csc.ssd_cp_reviews WHERE cppr_cp_plan_id = :id RETURNING 1)
DELETE FROM csc.ssd_cp_plans WHERE cppl_cp_plan_id = :id;
WITH back AS (INSERT INTO csc.ssd_cp_reviews SELECT * FROM jsonb_populate_recordset(NULL::csc.ssd_cp_reviews, CAST(:review_rows AS jsonb)))
INSERT INTO csc.ssd_cp_plans SELECT * FROM jsonb_populate_record(NULL::csc.ssd_cp_plans, CAST(:plan AS jsonb));
