-- One owner who may sign in to `serve`: the name and role they sign as, and only a bcrypt hash of the password.
INSERT INTO migration.app_user (user_name, user_role, password_hash, created_by_os_user) VALUES (?, ?, ?, ?)
RETURNING user_id
