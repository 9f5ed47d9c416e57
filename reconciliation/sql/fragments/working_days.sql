-- Legacy: common table expressions "digit" and "working_day": every working day (Monday to Friday, not an England bank
-- holiday of calendar/england-bank-holidays.csv) in the 10,000 days up to the extract date (27 years: a wait longer than
-- that counts from its start). Days are made from digits, not a recursive CTE, which MySQL and MariaDB cut at 1000 steps.
digit (n) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
              UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
working_day AS (
  SELECT x.day FROM (
    SELECT DATE_SUB({asOf}, INTERVAL a.n + 10 * b.n + 100 * c.n + 1000 * d.n DAY) AS day
    FROM digit a CROSS JOIN digit b CROSS JOIN digit c CROSS JOIN digit d
  ) x
  WHERE WEEKDAY(x.day) < 5 AND x.day NOT IN ({bankHolidays})
  GROUP BY x.day
)
