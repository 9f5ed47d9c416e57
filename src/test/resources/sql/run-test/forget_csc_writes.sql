-- Deletes the notes of writes on csc, as someone hiding an edit would.
DELETE FROM migration.csc_change
