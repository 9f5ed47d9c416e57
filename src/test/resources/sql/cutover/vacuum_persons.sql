-- Routine maintenance a DBA might run between a stop and a resume: both rewrite or freeze the rows, neither changes them.
VACUUM FULL csc.ssd_person;
VACUUM FREEZE csc.ssd_person
