-- A free-text date (client.dob, expected_dob, date_of_death, cp_review.review_dt) as a DATE, or NULL when it is
-- missing, UNK, a zero date, not a real calendar day (year 0 included) or in no accepted format (the migration
-- rules' parser). Date arithmetic gives NULL for a day that does not exist (2011-02-30, 2011-04-00, year 0). A strict
-- yyyy-mm-dd is read as it stands; a d/m/y has its year padded to four digits, or STR_TO_DATE would read 0012 as 2012.
-- Each branch normalises the text only as often as it needs: every {{ftd_text}} is evaluated again, and the year,
-- month and day of one format each testing both formats had made this the largest part of queries that parse a date
-- per referral (census-8606 at scale 5: 1.8 s, of which 0.7 s parsing).
(CASE WHEN {{ftd_iso {arg}}} THEN STR_TO_DATE({{ftd_text {arg}}}, '%Y-%m-%d')
      WHEN {{ftd_dmy {arg}}} THEN STR_TO_DATE(CONCAT(LPAD({{ftd_year {arg}}}, 4, '0'), '-', {{ftd_month {arg}}}, '-', {{ftd_day {arg}}}), '%Y-%m-%d')
 END + INTERVAL 0 DAY)
