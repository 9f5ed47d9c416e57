-- The sign-offs, oldest first.
SELECT sign_off_id, owner_name, owner_role FROM migration.sign_off ORDER BY sign_off_id
