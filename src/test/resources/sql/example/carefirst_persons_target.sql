-- The persons and episodes the CareFirst example's dry run loaded: person id, surname, sex, ethnicity, date of birth.
SELECT pers_person_id, pers_surname, pers_sex, pers_ethnicity, to_char(pers_dob, 'YYYY-MM-DD') FROM csc.ssd_person
