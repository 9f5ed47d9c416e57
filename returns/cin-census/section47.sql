-- Section 47 enquiries in the census year, per referral (parameters: first and last day of the year), with their
-- initial conference (its date only when held in the year: rule 8715). ICPCnotRequired is the enquiry's NFA flag; an
-- enquiry still open without one has not decided against a conference (false); an ended one without it is listed by
-- held_back.sql. An end after the year's end is left out: open on its last day.
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend)
SELECT s.s47e_referral_id AS referral_id,
       CAST(s.s47e_s47_start_date AS text) AS "S47ActualStartDate",
       CAST(c.icpc_icpc_target_date AS text) AS "InitialCPCtarget",
       CASE WHEN c.icpc_icpc_date BETWEEN p.pstart AND p.pend THEN CAST(c.icpc_icpc_date AS text) END AS "DateOfInitialCPC",
       CASE s.s47e_s47_nfa WHEN 'Y' THEN 'true' ELSE 'false' END AS "ICPCnotRequired"
FROM csc.ssd_s47_enquiry s
CROSS JOIN period p
LEFT JOIN csc.ssd_initial_cp_conference c ON c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id
WHERE s.s47e_referral_id IS NOT NULL AND (s.s47e_s47_nfa IS NOT NULL OR s.s47e_s47_end_date IS NULL)
  AND s.s47e_s47_start_date <= p.pend
  AND (s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date >= p.pstart)
ORDER BY s.s47e_referral_id, s.s47e_s47_start_date, s.s47e_s47_enquiry_id
