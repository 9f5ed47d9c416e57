-- A free-text date (client.dob, expected_dob, date_of_death, cp_review.review_dt) as a DATE, or NULL when it is
-- missing, UNK, a zero date, not a real calendar day or in no accepted format (the migration rules' parser).
(CASE WHEN {{ftd_month {arg}}} BETWEEN 1 AND 12 AND {{ftd_day {arg}}} >= 1
       AND {{ftd_day {arg}}} <= DAY(LAST_DAY(STR_TO_DATE(CONCAT({{ftd_year {arg}}}, '-', {{ftd_month {arg}}}, '-01'), '%Y-%m-%d')))
      THEN STR_TO_DATE(CONCAT({{ftd_year {arg}}}, '-', {{ftd_month {arg}}}, '-', {{ftd_day {arg}}}), '%Y-%m-%d')
 END)
