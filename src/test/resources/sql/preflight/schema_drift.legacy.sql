-- Legacy schema drift, three kinds at once: a dropped column, a renamed table, and a DATE column turned VARCHAR
-- holding dd/mm/yyyy text (string operations only, so every value, zero dates included, survives the change).
ALTER TABLE referral DROP COLUMN need_cd;
RENAME TABLE cp_review TO cp_reviews;
ALTER TABLE referral MODIFY ref_dt VARCHAR(10) NOT NULL;
UPDATE referral SET ref_dt = CONCAT(SUBSTRING(ref_dt, 9, 2), '/', SUBSTRING(ref_dt, 6, 2), '/', SUBSTRING(ref_dt, 1, 4));
