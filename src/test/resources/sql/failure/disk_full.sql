-- The error PostgreSQL gives when its disk is full, raised on demand (SQLSTATE 53100 disk_full, its usual words).
DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'disk_full', MESSAGE = 'could not extend file "base/16384/2619": No space left on device'; END $$
