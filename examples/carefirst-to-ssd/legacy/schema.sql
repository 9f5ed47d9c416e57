-- A CareFirst-shaped legacy schema (the example's README is its spec): 8 tables, other names and shapes than the
-- built-in example. Codes sit in one lookup table (code_lookup) and rows carry its code_id; referrals and CIN plans
-- share episode (episode_type REF or CINP); registrations are in cp_register; allocations keep their dates as
-- yyyymmdd integers (0 = none); dates of birth are text. person and contact are latin1 (MySQL latin1 = Windows-1252).
-- Identifiers are lower case: MariaDB on Linux compares table names case-sensitively, the catalog in lower case.

CREATE TABLE code_lookup (
  code_id     INT         NOT NULL,
  code_type   VARCHAR(10) NOT NULL,
  code_value  VARCHAR(20) NOT NULL,
  description VARCHAR(80) NOT NULL,
  PRIMARY KEY (code_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE org_unit (
  unit_id     VARCHAR(10) NOT NULL,
  unit_name   VARCHAR(80) NOT NULL,
  parent_id   VARCHAR(10) NULL,
  PRIMARY KEY (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE worker (
  worker_id   VARCHAR(10)  NOT NULL,
  full_name   VARCHAR(80)  NOT NULL,
  unit_id     VARCHAR(10)  NOT NULL,
  job_title   VARCHAR(60)  NULL,
  reg_no      VARCHAR(12)  NULL,
  is_agency   CHAR(1)      NOT NULL,
  fte         DECIMAL(3,2) NOT NULL,
  is_active   CHAR(1)      NOT NULL,
  PRIMARY KEY (worker_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE person (
  person_id      INT         NOT NULL,
  person_ref     VARCHAR(20) NOT NULL,
  forename       VARCHAR(60) NOT NULL,
  surname        VARCHAR(60) NOT NULL,
  date_of_birth  VARCHAR(12) NULL,
  gender_code    INT         NULL,
  ethnicity_code INT         NULL,
  duplicate_of   INT         NULL,
  updated_on     DATETIME    NOT NULL,
  PRIMARY KEY (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE episode (
  episode_id        INT         NOT NULL,
  person_id         INT         NOT NULL,
  episode_type      VARCHAR(4)  NOT NULL,
  parent_episode_id INT         NULL,
  start_date        DATE        NOT NULL,
  end_date          DATE        NULL,
  source_code       INT         NULL,
  need_code         VARCHAR(3)  NULL,
  outcome_code      INT         NULL,
  unit_id           VARCHAR(10) NULL,
  worker_id         VARCHAR(10) NULL,
  updated_on        DATETIME    NOT NULL,
  PRIMARY KEY (episode_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cp_register (
  reg_id        INT      NOT NULL,
  person_id     INT      NOT NULL,
  episode_id    INT      NULL,
  start_date    DATE     NOT NULL,
  end_date      DATE     NULL,
  category_code INT      NULL,
  other_la      CHAR(1)  NULL,
  updated_on    DATETIME NOT NULL,
  PRIMARY KEY (reg_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE allocation (
  alloc_id    INT         NOT NULL,
  person_id   INT         NOT NULL,
  episode_id  INT         NULL,
  worker_id   VARCHAR(10) NOT NULL,
  alloc_role  VARCHAR(4)  NOT NULL,
  start_ymd   INT         NOT NULL,
  end_ymd     INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (alloc_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contact (
  contact_id  INT          NOT NULL,
  person_id   INT          NOT NULL,
  contact_on  DATETIME     NOT NULL,
  source_code INT          NULL,
  summary     VARCHAR(200) NULL,
  PRIMARY KEY (contact_id)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
