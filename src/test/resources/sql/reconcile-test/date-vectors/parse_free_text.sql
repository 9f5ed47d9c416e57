-- The reconciliation's free-text date rule on the vectors of one as-of year, in both character sets.
SELECT line, {{free_text_date latin1_text}}, {{free_text_date utf8_text}} FROM free_text_vector WHERE as_of_year = {asOfYear} ORDER BY line
