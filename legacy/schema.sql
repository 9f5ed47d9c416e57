-- The legacy case-recording schema, exactly as /work/shared/spec/legacy-system.md describes it.
-- Run with SET SESSION sql_mode='' so that zero dates (0000-00-00) can be stored, as in real extracts.
-- client and case_note are latin1 (MySQL latin1 = Windows-1252); every other table is utf8mb4.

CREATE TABLE team (
  team_cd     VARCHAR(10) NOT NULL,
  team_name   VARCHAR(80) NOT NULL,
  parent_cd   VARCHAR(10) NULL,
  active_yn   CHAR(1)     NOT NULL,
  PRIMARY KEY (team_cd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE staff (
  worker_cd   VARCHAR(10)  NOT NULL,
  name        VARCHAR(80)  NOT NULL,
  team_cd     VARCHAR(10)  NOT NULL,
  job_title   VARCHAR(60)  NOT NULL,
  swe_reg_no  VARCHAR(12)  NULL,
  agency_yn   CHAR(1)      NOT NULL,
  fte         DECIMAL(3,2) NOT NULL,
  active_yn   CHAR(1)      NOT NULL,
  PRIMARY KEY (worker_cd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE client (
  client_no      INT         NOT NULL AUTO_INCREMENT,
  legacy_ref     VARCHAR(20) NOT NULL,
  surname        VARCHAR(60) NOT NULL,
  forenames      VARCHAR(80) NOT NULL,
  dob            VARCHAR(20) NULL,
  expected_dob   VARCHAR(20) NULL,
  sex_cd         VARCHAR(2)  NULL,
  ethnic_cd      VARCHAR(40) NULL,
  disability_cds VARCHAR(60) NULL,
  upn            VARCHAR(13) NULL,
  nhs_no         VARCHAR(14) NULL,
  addr1          VARCHAR(60) NULL,
  addr2          VARCHAR(60) NULL,
  addr3          VARCHAR(60) NULL,
  town           VARCHAR(40) NULL,
  postcode       VARCHAR(10) NULL,
  date_of_death  VARCHAR(20) NULL,
  merged_into    INT         NULL,
  created_dt     DATETIME    NOT NULL,
  updated_dt     DATETIME    NOT NULL,
  PRIMARY KEY (client_no)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE contact_log (
  contact_id  INT          NOT NULL,
  client_no   INT          NOT NULL DEFAULT 0,
  contact_dt  DATETIME     NOT NULL,
  source_cd   VARCHAR(4)   NULL,
  source_txt  VARCHAR(100) NULL,
  outcome     VARCHAR(10)  NULL,
  status      VARCHAR(12)  NOT NULL,
  duty_team   VARCHAR(10)  NULL,
  updated_dt  DATETIME     NOT NULL,
  PRIMARY KEY (contact_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE referral (
  ref_id         INT         NOT NULL,
  client_no      INT         NOT NULL,
  contact_id     INT         NULL,
  ref_dt         DATE        NOT NULL,
  source_cd      VARCHAR(4)  NULL,
  need_cd        VARCHAR(3)  NULL,
  status         VARCHAR(20) NOT NULL,
  close_dt       DATE        NULL,
  close_reason   VARCHAR(60) NULL,
  cin_plan_start DATE        NULL,
  cin_plan_end   DATE        NULL,
  team_cd        VARCHAR(10) NOT NULL,
  worker_cd      VARCHAR(10) NULL,
  updated_dt     DATETIME    NOT NULL,
  PRIMARY KEY (ref_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE assessment (
  asmt_id      INT          NOT NULL,
  ref_id       INT          NOT NULL,
  client_no    INT          NOT NULL,
  start_dt     DATE         NOT NULL,
  complete_dt  DATE         NULL,
  auth_dt      DATE         NULL,
  child_seen   VARCHAR(5)   NULL,
  factors      VARCHAR(200) NULL,
  outcome      VARCHAR(100) NULL,
  worker_cd    VARCHAR(10)  NULL,
  updated_dt   DATETIME     NOT NULL,
  PRIMARY KEY (asmt_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE s47_icpc (
  s47_id       INT         NOT NULL,
  ref_id       INT         NOT NULL,
  client_no    INT         NOT NULL,
  strat_dt     DATE        NULL,
  s47_start    DATE        NOT NULL,
  s47_end      DATE        NULL,
  icpc_target  DATE        NULL,
  icpc_dt      DATE        NULL,
  outcome      VARCHAR(10) NULL,
  worker_cd    VARCHAR(10) NULL,
  updated_dt   DATETIME    NOT NULL,
  PRIMARY KEY (s47_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cp_registration (
  reg_id          INT         NOT NULL,
  client_no       INT         NOT NULL,
  s47_id          INT         NULL,
  reg_dt          DATE        NOT NULL,
  dereg_dt        DATE        NULL,
  init_cat        VARCHAR(20) NULL,
  latest_cat      VARCHAR(20) NULL,
  reg_status      VARCHAR(6)  NOT NULL,
  ola_flag        CHAR(1)     NULL,
  next_review_due DATE        NULL,
  worker_cd       VARCHAR(10) NULL,
  updated_dt      DATETIME    NOT NULL,
  PRIMARY KEY (reg_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cp_review (
  review_id   INT         NOT NULL,
  reg_id      INT         NOT NULL,
  review_dt   VARCHAR(20) NOT NULL,
  outcome     VARCHAR(10) NULL,
  quorate_yn  CHAR(1)     NULL,
  updated_dt  DATETIME    NOT NULL,
  PRIMARY KEY (review_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE lac_episode (
  episode_id    INT        NOT NULL,
  client_no     INT        NOT NULL,
  start_dt      DATE       NOT NULL,
  legal_status  VARCHAR(4) NOT NULL,
  placement_cd  VARCHAR(4) NULL,
  end_dt        DATE       NULL,
  reason_end    VARCHAR(4) NULL,
  updated_dt    DATETIME   NOT NULL,
  PRIMARY KEY (episode_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE allocation (
  alloc_id    INT         NOT NULL,
  client_no   INT         NOT NULL,
  ref_id      INT         NULL,
  worker_cd   VARCHAR(10) NOT NULL,
  alloc_type  VARCHAR(5)  NOT NULL,
  start_dt    DATE        NOT NULL,
  end_dt      DATE        NULL,
  updated_dt  DATETIME    NOT NULL,
  PRIMARY KEY (alloc_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE case_note (
  note_id     BIGINT      NOT NULL,
  client_no   INT         NOT NULL,
  note_dt     DATETIME    NOT NULL,
  note_type   VARCHAR(12) NOT NULL,
  body        MEDIUMTEXT  NOT NULL,
  author_cd   VARCHAR(10) NULL,
  updated_dt  DATETIME    NOT NULL,
  PRIMARY KEY (note_id)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
