-- The legacy reference a record is shown by (after {{survivors}}, with the record's survivor as s and its own client as c):
-- the surviving child's; else the client's own, marked, when its merge chain loops or ends at a missing client; else the
-- legacy client_no, for a record whose client does not exist (0, -1, a missing number). Never a name.
COALESCE(s.legacy_ref, CONCAT(c.legacy_ref, ' (merge chain broken)'), CONCAT('client_no ', {arg}, ' (no client record)'))
