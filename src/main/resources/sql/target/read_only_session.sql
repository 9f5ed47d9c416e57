-- A session that runs checks' queries: every transaction after this one only reads (PostgreSQL refuses INSERT, UPDATE,
-- DELETE, DDL and nextval() in it). Defence in depth beside the report reader role: an owner account given by mistake
-- still cannot change csc or the reconciliation records through a check.
SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY
