-- s47_icpc rows that migrate (their client and their referral's client have a survivor, the team exists) on a referral
-- in the census year's return, written to it (not ended before the year; an outcome the s47_nfa map reads, or no end),
-- not marked NFA or NOT REQ, with no conference held by the year's end, started more than 15 working days
-- before the year's end (census 8675Q).
{{s47_awaiting_conference censusEnd15WorkingDays}}
