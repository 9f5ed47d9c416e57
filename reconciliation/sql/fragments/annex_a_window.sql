-- Legacy: the DATE {arg} lies in Annex A's period, the six months up to and including the extract date.
({arg} > DATE_SUB({asOf}, INTERVAL 6 MONTH) AND {arg} <= {asOf})
