-- s47_icpc rows that migrate (their client and their referral's client have a survivor, the team exists) on a referral
-- in the census year's return, written to it (not ended before the year; an outcome the s47_nfa map reads, or no end),
-- not marked NFA or NOT REQ, with no conference held by the year's end, started before the year (census 8740).
{{s47_awaiting_conference censusStart}}
