-- Target only: the columns Annex A describes a child with, of the person {arg} (an ssd_person alias): sex, ethnicity and
-- age in whole years at the extract date. The date of birth itself is never selected.
{arg}.pers_sex AS gender, {arg}.pers_ethnicity AS ethnicity,
CAST(date_part('year', age(DATE {asOf}, {arg}.pers_dob)) AS int)::text AS age
