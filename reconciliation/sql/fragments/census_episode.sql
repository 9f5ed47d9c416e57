-- Target: the CIN episode {arg} is in the census year's return: referred by the year's end and not ended before it
-- began (its close date; an NFA referral without one ends on its referral date), as returns/cin-census/episodes.sql.
({arg}.cine_referral_date <= DATE {censusEnd}
 AND COALESCE({arg}.cine_close_date, CASE WHEN {arg}.cine_referral_nfa = 'Y' THEN {arg}.cine_referral_date END,
              DATE '9999-12-31') >= DATE {censusStart})
