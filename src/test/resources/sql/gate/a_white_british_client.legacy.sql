-- A surviving client recorded as White British (a valid census code, in whatever case the row has it), whose
-- ethnicity a test changes to another valid one and back: its key and its exact value.
SELECT client_no, ethnic_cd FROM client WHERE ethnic_cd = 'WBRI' AND `merged_into` IS NULL ORDER BY client_no LIMIT 1 OFFSET 10
