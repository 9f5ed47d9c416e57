-- The legacy table referral back in its place (referral_as_view.legacy.sql undone).
DROP VIEW referral;
RENAME TABLE referral_rows TO referral
