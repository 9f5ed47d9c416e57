-- One writer appends to the ledger at a time, until its transaction ends (an advisory lock needs no table privilege).
SELECT pg_advisory_xact_lock(?)
