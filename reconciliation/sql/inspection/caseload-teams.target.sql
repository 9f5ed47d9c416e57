-- Caseload per team (the professional's department) in the target: open episodes with an ALLOCATED_CW involvement there.
WITH {{target_covered}}
SELECT f.prof_professional_department AS team, count(DISTINCT c.cine_referral_id)::text AS cases
FROM covered c JOIN csc.ssd_professionals f ON f.prof_professional_id = c.worker
GROUP BY f.prof_professional_department ORDER BY 1
