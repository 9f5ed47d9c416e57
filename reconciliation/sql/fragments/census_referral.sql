-- Legacy: the referral row {arg} is in the census year's return once migrated: referred by the year's end and not ended
-- before it began (close_dt, else updated_dt for a CLOSED status: rule 7; an NFA referral without one ends on its
-- referral date).
({{real_date {arg}.ref_dt}} <= {censusEnd}
 AND COALESCE({{real_date {arg}.close_dt}},
              CASE WHEN UPPER(TRIM({arg}.status)) LIKE 'CLOSED%' THEN {{real_date {arg}.updated_dt}} END,
              CASE WHEN UPPER(TRIM({arg}.status)) = 'NFA' THEN {{real_date {arg}.ref_dt}} END,
              DATE '9999-12-31') >= {censusStart})
