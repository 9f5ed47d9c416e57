-- The legacy table referral moved aside, and a view of every one of its rows in its place.
RENAME TABLE referral TO referral_rows;
CREATE VIEW referral AS SELECT * FROM referral_rows
