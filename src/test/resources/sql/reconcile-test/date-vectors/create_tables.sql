-- The date vectors as the legacy server holds such values: free text in a latin1 column (as client.dob) and a
-- utf8mb4 column (as cp_review.review_dt), and a DATE column (as referral.ref_dt).
CREATE TABLE free_text_vector (
  line        INT         NOT NULL,
  as_of_year  INT         NOT NULL,
  latin1_text VARCHAR(40) CHARACTER SET latin1 NULL,
  utf8_text   VARCHAR(40) CHARACTER SET utf8mb4 NULL,
  PRIMARY KEY (line)
) ENGINE=InnoDB;
CREATE TABLE legacy_date_vector (
  line       INT  NOT NULL,
  as_of_year INT  NOT NULL,
  value      DATE NULL,
  PRIMARY KEY (line)
) ENGINE=InnoDB;
