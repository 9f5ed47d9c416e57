-- The account a sign-in names (names compare without case or surrounding spaces, as the unique index does).
SELECT user_id, user_name, user_role, password_hash FROM migration.app_user WHERE lower(btrim(user_name)) = lower(btrim(?))
