-- The final load's last act: from now on dry runs refuse this target.
UPDATE migration.target_status SET production = true, marked_at = now(), marked_by_run = ?
