-- The duty-wait bucket of a number of working days {arg} (both sides): 0-5, 6-10, 11-20 or >20; none without a
-- referral date.
(CASE WHEN referral_date IS NULL THEN 'no referral date' WHEN {arg} <= 5 THEN '0-5' WHEN {arg} <= 10 THEN '6-10'
      WHEN {arg} <= 20 THEN '11-20' ELSE '>20' END)
