-- Every legacy referral: each is one line of the closure crosswalk's combinations.
SELECT COUNT(*) FROM referral
