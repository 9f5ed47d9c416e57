-- The stored password hash of each user.
SELECT user_name, user_role, password_hash FROM migration.app_user ORDER BY user_id
