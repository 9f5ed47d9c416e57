-- The council's rows, which no load may touch.
SELECT count(*) FROM public.council_notes
