-- One count per remaining defect of legacy-system.md, each as plain SQL on the legacy tables.
SELECT 'zero_dates', (SELECT COUNT(*) FROM contact_log WHERE contact_dt = '0000-00-00 00:00:00')
                   + (SELECT COUNT(*) FROM referral WHERE ref_dt = '0000-00-00')
                   + (SELECT COUNT(*) FROM case_note WHERE note_dt = '0000-00-00 00:00:00')
UNION ALL SELECT 'dob_dd_mm_yyyy', COUNT(*) FROM client WHERE dob REGEXP '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'
UNION ALL SELECT 'dob_iso', COUNT(*) FROM client WHERE dob REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND dob <> '0000-00-00'
UNION ALL SELECT 'dob_two_digit_year', COUNT(*) FROM client WHERE dob REGEXP '^[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2}$'
UNION ALL SELECT 'dob_unk', COUNT(*) FROM client WHERE dob = 'UNK'
UNION ALL SELECT 'dob_empty', COUNT(*) FROM client WHERE dob = ''
UNION ALL SELECT 'free_text_unparseable', (SELECT COUNT(*) FROM client WHERE dob REGEXP '[?]|c\\. |see file')
                   + (SELECT COUNT(*) FROM cp_review WHERE review_dt REGEXP '[?]|c\\. |see file')
UNION ALL SELECT 'unknown_client_placeholders', (SELECT COUNT(*) FROM contact_log WHERE client_no IN (0, -1))
                   + (SELECT COUNT(*) FROM case_note WHERE client_no IN (0, -1))
UNION ALL SELECT 'missing_clients', (SELECT COUNT(*) FROM case_note n LEFT JOIN client c ON c.client_no = n.client_no
                   WHERE n.client_no > 0 AND c.client_no IS NULL)
UNION ALL SELECT 'review_of_missing_plan', COUNT(*) FROM cp_review v LEFT JOIN cp_registration r ON r.reg_id = v.reg_id WHERE r.reg_id IS NULL
UNION ALL SELECT 'assessment_of_missing_referral', COUNT(*) FROM assessment a LEFT JOIN referral r ON r.ref_id = a.ref_id WHERE r.ref_id IS NULL
UNION ALL SELECT 'dangling_contact_link', COUNT(*) FROM referral r LEFT JOIN contact_log c ON c.contact_id = r.contact_id
                   WHERE r.contact_id IS NOT NULL AND c.contact_id IS NULL
UNION ALL SELECT 'dangling_s47_link', COUNT(*) FROM cp_registration r LEFT JOIN s47_icpc s ON s.s47_id = r.s47_id
                   WHERE r.s47_id IS NOT NULL AND s.s47_id IS NULL
UNION ALL SELECT 'dangling_allocation_link', COUNT(*) FROM allocation a LEFT JOIN referral r ON r.ref_id = a.ref_id
                   WHERE a.ref_id IS NOT NULL AND r.ref_id IS NULL
UNION ALL SELECT 'category_vocabularies', COUNT(DISTINCT BINARY init_cat) FROM cp_registration
UNION ALL SELECT 'lower_case_codes', COUNT(*) FROM referral WHERE BINARY source_cd <> BINARY UPPER(source_cd)
UNION ALL SELECT 'ethnicity_2001_codes', COUNT(*) FROM client WHERE UPPER(ethnic_cd) REGEXP '^[A-E][1-4]$'
UNION ALL SELECT 'ethnicity_descriptions', COUNT(*) FROM client WHERE ethnic_cd LIKE 'White %'
UNION ALL SELECT 'codes_without_census_equivalent', COUNT(*) FROM cp_registration WHERE UPPER(init_cat) IN ('DV', 'X', 'ZZ')
UNION ALL SELECT 'placeholder_workers', COUNT(*) FROM referral WHERE worker_cd = 'UNALLOC' OR worker_cd LIKE 'DUTY-%'
UNION ALL SELECT 'placeholder_allocations', COUNT(*) FROM allocation WHERE worker_cd = 'UNALLOC' OR worker_cd LIKE 'DUTY-%'
UNION ALL SELECT 'open_allocations_to_leavers', COUNT(*) FROM allocation a JOIN staff s ON s.worker_cd = a.worker_cd
                   WHERE s.active_yn = 'N' AND a.end_dt IS NULL
UNION ALL SELECT 'reviews_before_plan_start', COUNT(*) FROM cp_review v JOIN cp_registration r ON r.reg_id = v.reg_id
                   WHERE r.reg_dt <> '0000-00-00' AND v.review_dt REGEXP '^[0-9]{1,4}[-./][0-9]{1,2}[-./][0-9]{2,4}$'
                   AND v.review_dt <> '0000-00-00'
                   AND CASE WHEN v.review_dt LIKE '____-%' THEN STR_TO_DATE(v.review_dt, '%Y-%m-%d')
                            WHEN v.review_dt REGEXP '/[0-9]{4}$' THEN STR_TO_DATE(v.review_dt, '%d/%m/%Y')
                            WHEN v.review_dt LIKE '%/%' THEN STR_TO_DATE(v.review_dt, '%d/%m/%y')
                            ELSE STR_TO_DATE(v.review_dt, '%d.%m.%y') END < r.reg_dt
UNION ALL SELECT 'notes_after_death', COUNT(*) FROM case_note n JOIN client c ON c.client_no = n.client_no
                   WHERE c.date_of_death REGEXP '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'
                   AND n.note_dt <> '0000-00-00 00:00:00' AND DATE(n.note_dt) > STR_TO_DATE(c.date_of_death, '%d/%m/%Y')
UNION ALL SELECT 'rows_pointing_at_merged_duplicates', COUNT(*) FROM referral r JOIN client c ON c.client_no = r.client_no
                   WHERE c.`merged_into` IS NOT NULL
UNION ALL SELECT 'disability_lists', COUNT(*) FROM client WHERE disability_cds LIKE '%,%'
UNION ALL SELECT 'spaced_nhs_numbers', COUNT(*) FROM client WHERE nhs_no LIKE '% %';
