-- From now on every case note the load writes meets a full disk (the function body on one line: statements end at a ';' that ends a line).
CREATE OR REPLACE FUNCTION public.disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'disk_full', MESSAGE = 'could not extend file "base/16384/2619": No space left on device'; END $$;
DROP TRIGGER IF EXISTS disk_full ON csc.ssd_case_notes;
CREATE TRIGGER disk_full BEFORE INSERT ON csc.ssd_case_notes FOR EACH ROW EXECUTE FUNCTION public.disk_full();
