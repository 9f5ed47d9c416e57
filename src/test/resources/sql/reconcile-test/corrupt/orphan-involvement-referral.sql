-- fails: orphans-involvement-referral
-- An involvement naming a referral that is not in the target; not a key-worker one, so the duty checks do not see it.
-- pick: the row, its link and a parent key that does not exist; plant: the dangling link; undo: the link back.
SELECT t.invo_involvements_id AS id, t.invo_referral_id AS parent, (SELECT max(p.cine_referral_id) + 1000000 FROM csc.ssd_cin_episodes p) AS missing
FROM csc.ssd_involvements t WHERE t.invo_referral_id IS NOT NULL AND t.invo_professional_role_id <> 'ALLOCATED_CW' ORDER BY t.invo_involvements_id LIMIT 1;
UPDATE csc.ssd_involvements SET invo_referral_id = :missing WHERE invo_involvements_id = :id;
UPDATE csc.ssd_involvements SET invo_referral_id = :parent WHERE invo_involvements_id = :id;
