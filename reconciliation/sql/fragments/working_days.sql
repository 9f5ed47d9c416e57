-- Legacy: common table expressions "digit", "holiday" and "weekdays_to": the England bank holidays of
-- calendar/england-bank-holidays.csv in the 10,000 days up to the extract date (a wait longer than 27 years counts its
-- older holidays as working days), and per referral ({arg}: a CTE with ref_id and referral_date) the Monday-to-Friday
-- days after its referral date up to the extract date, counted by arithmetic: five per whole week, plus the weekdays
-- among the days left over. Working days = those weekdays less the holidays among them. Days are made from digits, not a
-- recursive CTE, which MySQL and MariaDB cut at 1000 steps.
digit (n) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
              UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
holiday AS (
  SELECT x.day FROM (
    SELECT DATE_SUB({asOf}, INTERVAL a.n + 10 * b.n + 100 * c.n + 1000 * d.n DAY) AS day
    FROM digit a CROSS JOIN digit b CROSS JOIN digit c CROSS JOIN digit d
  ) x
  WHERE x.day IN ({bankHolidays}) AND WEEKDAY(x.day) < 5
  GROUP BY x.day
),
weekdays_to AS (
  SELECT w.ref_id,
         5 * (DATEDIFF({asOf}, w.referral_date) DIV 7)
         + (SELECT COUNT(*) FROM digit k WHERE k.n BETWEEN 1 AND DATEDIFF({asOf}, w.referral_date) MOD 7
              AND (WEEKDAY(w.referral_date) + k.n) MOD 7 < 5)
         - (SELECT COUNT(*) FROM holiday h WHERE h.day > w.referral_date AND h.day <= {asOf}) AS working_days
  FROM {arg} w WHERE w.referral_date IS NOT NULL
)
