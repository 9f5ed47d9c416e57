-- A session that runs checks' queries: every statement after this one only reads (MySQL and MariaDB refuse a change to a
-- table, DDL included, with error 1792). Defence in depth beside the legacy reader's SELECT-only grants: a root or owner
-- account given by mistake still cannot change legacy through a check.
SET SESSION TRANSACTION READ ONLY
