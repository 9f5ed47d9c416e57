-- Empties every csc table in one statement, so a dry run always starts from a clean target.
-- One TRUNCATE of all tables satisfies the foreign keys; CASCADE also catches any table a
-- later migration adds that references these, and RESTART IDENTITY resets any sequences.
TRUNCATE TABLE
    csc.ssd_department,
    csc.ssd_professionals,
    csc.ssd_person,
    csc.ssd_disability,
    csc.ssd_address,
    csc.ssd_contacts,
    csc.ssd_cin_episodes,
    csc.ssd_cin_plans,
    csc.ssd_cin_assessments,
    csc.ssd_assessment_factors,
    csc.ssd_s47_enquiry,
    csc.ssd_initial_cp_conference,
    csc.ssd_cp_plans,
    csc.ssd_cp_reviews,
    csc.ssd_cla_episodes,
    csc.ssd_involvements,
    csc.ssd_case_notes
RESTART IDENTITY CASCADE;
