-- A free-text date (client.dob, expected_dob, date_of_death, cp_review.review_dt) as a DATE, or NULL when it is
-- missing, UNK, a zero date, not a real calendar day (year 0 included) or in no accepted format (the migration
-- rules' parser). Date arithmetic gives NULL for a day that does not exist (2011-02-30, 2011-04-00, year 0); the
-- year is padded to four digits, or STR_TO_DATE would read 0012 as 2012.
(STR_TO_DATE(CONCAT(LPAD({{ftd_year {arg}}}, 4, '0'), '-', {{ftd_month {arg}}}, '-', {{ftd_day {arg}}}), '%Y-%m-%d') + INTERVAL 0 DAY)
