-- This legacy records no Section 47 enquiries: no mapping of the project fills csc.ssd_s47_enquiry, so the return
-- carries none. The export reads every query of returns/cin-census/; this one says "none" over the year's parameters.
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend)
SELECT CAST(NULL AS bigint) AS referral_id FROM period WHERE false
