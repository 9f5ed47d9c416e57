-- The supplier's schema (Data to Insight Standard Safeguarding Dataset naming), as contracted in
-- new-system.md. Primary keys are the legacy keys, so every row traces back to one legacy row.
-- Foreign keys are DEFERRABLE INITIALLY IMMEDIATE: checked per statement as usual, but a loader
-- may defer them inside one transaction when parent and child chunks arrive out of order.
-- Only the references new-system.md names (→, and every *_person_id) are constraints; the other
-- ids (referral ids, worker ids on assessments ...) are plain columns the reconciliation checks.

-- Schema csc itself is created by Flyway (createSchemas), before this runs.

CREATE TABLE csc.ssd_department (
    dept_team_id        text PRIMARY KEY,
    dept_team_name      text,
    dept_team_parent_id text
);

CREATE TABLE csc.ssd_professionals (
    prof_professional_id               text PRIMARY KEY,
    prof_professional_name             text,
    prof_social_worker_registration_no text,
    prof_professional_job_title        text,
    prof_professional_department       text REFERENCES csc.ssd_department (dept_team_id) DEFERRABLE INITIALLY IMMEDIATE,
    prof_agency_worker_flag            char(1) CHECK (prof_agency_worker_flag IN ('Y', 'N')),
    prof_full_time_equivalency         numeric(3, 2),
    prof_active_flag                   char(1) CHECK (prof_active_flag IN ('Y', 'N'))
);

CREATE TABLE csc.ssd_person (
    pers_person_id        bigint PRIMARY KEY,
    pers_legacy_id        text,
    pers_forename         text,
    pers_surname          text,
    pers_sex              text,
    pers_ethnicity        text,
    pers_dob              date,
    pers_expected_dob     date,
    pers_upn              text,
    pers_single_unique_id text,
    pers_death_date       date
);

CREATE TABLE csc.ssd_disability (
    disa_person_id       bigint NOT NULL REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    disa_disability_code text   NOT NULL,
    PRIMARY KEY (disa_person_id, disa_disability_code)
);

CREATE TABLE csc.ssd_address (
    addr_person_id        bigint PRIMARY KEY REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    addr_address_json     jsonb,
    addr_address_postcode text
);

CREATE TABLE csc.ssd_contacts (
    cont_contact_id            bigint PRIMARY KEY,
    cont_person_id             bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    cont_contact_date          timestamp,
    cont_contact_source_code   text,
    cont_contact_source_desc   text,
    cont_contact_outcome_json  jsonb
);

CREATE TABLE csc.ssd_cin_episodes (
    cine_referral_id           bigint PRIMARY KEY,
    cine_person_id             bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    cine_referral_date         date,
    cine_cin_primary_need_code text,
    cine_referral_source_code  text,
    cine_referral_nfa          char(1) CHECK (cine_referral_nfa IN ('Y', 'N')),
    cine_close_reason          text,
    cine_close_date            date,
    cine_referral_team         text REFERENCES csc.ssd_department (dept_team_id) DEFERRABLE INITIALLY IMMEDIATE,
    cine_referral_worker_id    text REFERENCES csc.ssd_professionals (prof_professional_id) DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE csc.ssd_cin_plans (
    cinp_cin_plan_id         bigint PRIMARY KEY,
    cinp_referral_id         bigint,
    cinp_person_id           bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    cinp_cin_plan_start_date date,
    cinp_cin_plan_end_date   date
);

CREATE TABLE csc.ssd_cin_assessments (
    cina_assessment_id           bigint PRIMARY KEY,
    cina_person_id               bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    cina_referral_id             bigint,
    cina_assessment_start_date   date,
    cina_assessment_child_seen   char(1) CHECK (cina_assessment_child_seen IN ('Y', 'N')),
    cina_assessment_auth_date    date,
    cina_assessment_outcome_json jsonb,
    cina_assessment_worker_id    text
);

CREATE TABLE csc.ssd_assessment_factors (
    cinf_assessment_id bigint NOT NULL REFERENCES csc.ssd_cin_assessments (cina_assessment_id) DEFERRABLE INITIALLY IMMEDIATE,
    cinf_factor_code   text   NOT NULL,
    PRIMARY KEY (cinf_assessment_id, cinf_factor_code)
);

CREATE TABLE csc.ssd_s47_enquiry (
    s47e_s47_enquiry_id             bigint PRIMARY KEY,
    s47e_referral_id                bigint,
    s47e_person_id                  bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    s47e_s47_start_date             date,
    s47e_s47_end_date               date,
    s47e_s47_nfa                    char(1) CHECK (s47e_s47_nfa IN ('Y', 'N')),
    s47e_s47_outcome_json           jsonb,
    s47e_s47_completed_by_worker_id text
);

CREATE TABLE csc.ssd_initial_cp_conference (
    icpc_icpc_id              bigint PRIMARY KEY,
    icpc_s47_enquiry_id       bigint REFERENCES csc.ssd_s47_enquiry (s47e_s47_enquiry_id) DEFERRABLE INITIALLY IMMEDIATE,
    icpc_person_id            bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    icpc_referral_id          bigint,
    icpc_icpc_target_date     date,
    icpc_icpc_date            date,
    icpc_icpc_outcome_cp_flag char(1) CHECK (icpc_icpc_outcome_cp_flag IN ('Y', 'N'))
);

CREATE TABLE csc.ssd_cp_plans (
    cppl_cp_plan_id               bigint PRIMARY KEY,
    cppl_person_id                bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    cppl_referral_id              bigint,
    cppl_icpc_id                  bigint,
    cppl_cp_plan_start_date       date,
    cppl_cp_plan_end_date         date,
    cppl_cp_plan_ola              char(1) CHECK (cppl_cp_plan_ola IN ('Y', 'N')),
    cppl_cp_plan_initial_category text,
    cppl_cp_plan_latest_category  text
);

CREATE TABLE csc.ssd_cp_reviews (
    cppr_cp_review_id                  bigint PRIMARY KEY,
    cppr_cp_plan_id                    bigint REFERENCES csc.ssd_cp_plans (cppl_cp_plan_id) DEFERRABLE INITIALLY IMMEDIATE,
    cppr_person_id                     bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    cppr_cp_review_date                date,
    cppr_cp_review_outcome_continue_cp char(1) CHECK (cppr_cp_review_outcome_continue_cp IN ('Y', 'N')),
    cppr_cp_review_quorate             char(1) CHECK (cppr_cp_review_quorate IN ('Y', 'N'))
);

CREATE TABLE csc.ssd_cla_episodes (
    clae_cla_episode_id            bigint PRIMARY KEY,
    clae_person_id                 bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    clae_cla_episode_start_date    date,
    clae_legal_status              text,
    clae_placement_type            text,
    clae_cla_episode_ceased_date   date,
    clae_cla_episode_ceased_reason text
);

CREATE TABLE csc.ssd_involvements (
    invo_involvements_id        bigint PRIMARY KEY,
    -- NULL when the legacy allocation names a placeholder worker (UNALLOC, DUTY-*)
    invo_professional_id        text REFERENCES csc.ssd_professionals (prof_professional_id) DEFERRABLE INITIALLY IMMEDIATE,
    invo_person_id              bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    invo_referral_id            bigint,
    invo_professional_role_id   text CHECK (invo_professional_role_id IN ('ALLOCATED_CW', 'DUTY', 'CO_WORKER')),
    invo_involvement_start_date date,
    invo_involvement_end_date   date
);

CREATE TABLE csc.ssd_case_notes (
    note_id              bigint PRIMARY KEY,
    note_person_id       bigint REFERENCES csc.ssd_person (pers_person_id) DEFERRABLE INITIALLY IMMEDIATE,
    note_date            timestamp,
    note_type            text,
    note_seen_alone_flag char(1) CHECK (note_seen_alone_flag IN ('Y', 'N')),
    note_body            text,
    note_author_id       text
);

-- Indexes for the joins the reconciliation runs: children by person (and by legacy_ref, which is
-- how reports name a child), records by referral, and the FK columns (which also keeps
-- TRUNCATE ... CASCADE and parent deletes from scanning whole child tables).
CREATE INDEX ssd_person_legacy_id_idx                ON csc.ssd_person (pers_legacy_id);
CREATE INDEX ssd_professionals_department_idx        ON csc.ssd_professionals (prof_professional_department);
CREATE INDEX ssd_contacts_person_idx                 ON csc.ssd_contacts (cont_person_id);
CREATE INDEX ssd_cin_episodes_person_idx             ON csc.ssd_cin_episodes (cine_person_id);
CREATE INDEX ssd_cin_episodes_team_idx               ON csc.ssd_cin_episodes (cine_referral_team);
CREATE INDEX ssd_cin_episodes_worker_idx             ON csc.ssd_cin_episodes (cine_referral_worker_id);
CREATE INDEX ssd_cin_plans_person_idx                ON csc.ssd_cin_plans (cinp_person_id);
CREATE INDEX ssd_cin_plans_referral_idx              ON csc.ssd_cin_plans (cinp_referral_id);
CREATE INDEX ssd_cin_assessments_person_idx          ON csc.ssd_cin_assessments (cina_person_id);
CREATE INDEX ssd_cin_assessments_referral_idx        ON csc.ssd_cin_assessments (cina_referral_id);
CREATE INDEX ssd_s47_enquiry_person_idx              ON csc.ssd_s47_enquiry (s47e_person_id);
CREATE INDEX ssd_s47_enquiry_referral_idx            ON csc.ssd_s47_enquiry (s47e_referral_id);
CREATE INDEX ssd_initial_cp_conference_s47_idx       ON csc.ssd_initial_cp_conference (icpc_s47_enquiry_id);
CREATE INDEX ssd_initial_cp_conference_person_idx    ON csc.ssd_initial_cp_conference (icpc_person_id);
CREATE INDEX ssd_initial_cp_conference_referral_idx  ON csc.ssd_initial_cp_conference (icpc_referral_id);
CREATE INDEX ssd_cp_plans_person_idx                 ON csc.ssd_cp_plans (cppl_person_id);
CREATE INDEX ssd_cp_plans_referral_idx               ON csc.ssd_cp_plans (cppl_referral_id);
CREATE INDEX ssd_cp_reviews_plan_idx                 ON csc.ssd_cp_reviews (cppr_cp_plan_id);
CREATE INDEX ssd_cp_reviews_person_idx               ON csc.ssd_cp_reviews (cppr_person_id);
CREATE INDEX ssd_cla_episodes_person_idx             ON csc.ssd_cla_episodes (clae_person_id);
CREATE INDEX ssd_involvements_professional_idx       ON csc.ssd_involvements (invo_professional_id);
CREATE INDEX ssd_involvements_person_idx             ON csc.ssd_involvements (invo_person_id);
CREATE INDEX ssd_involvements_referral_idx           ON csc.ssd_involvements (invo_referral_id);
CREATE INDEX ssd_case_notes_person_idx               ON csc.ssd_case_notes (note_person_id);
