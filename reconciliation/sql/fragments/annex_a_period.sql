-- Target: the date {arg} lies in Annex A's period, the six months up to and including the extract date.
({arg} > CAST(DATE {asOf} - INTERVAL '6 months' AS date) AND {arg} <= DATE {asOf})
