-- Every legacy session: the system was written when zero dates were allowed (legacy-system.md).
SET SESSION sql_mode=''
