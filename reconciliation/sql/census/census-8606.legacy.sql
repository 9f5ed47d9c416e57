-- Referrals that migrate (the client has a survivor, the team exists) made more than 280 days before their surviving
-- child's date of birth, or expected date of birth when none parses (census 8606). The referrals that migrate, with
-- their referral dates and surviving children, are the shared episodes (one read of ep).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
SELECT f.ref_id AS row_key, s.legacy_ref
FROM ep f JOIN client s ON s.client_no = f.survivor_no
WHERE f.started < DATE_SUB(COALESCE({{free_text_date s.dob}}, {{free_text_date s.expected_dob}}), INTERVAL 280 DAY)
ORDER BY f.ref_id
