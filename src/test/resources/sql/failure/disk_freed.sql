-- The disk has room again: the case-notes trigger of disk_full_on_notes.sql is gone.
DROP TRIGGER disk_full ON csc.ssd_case_notes;
DROP FUNCTION public.disk_full();
