-- What a final load does at its end (the cutover marks the target as production).
UPDATE migration.target_status SET production = true, marked_at = now()
