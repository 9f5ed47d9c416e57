-- Removes the council's test objects again.
DROP VIEW public.council_open_referrals;
DROP TABLE public.council_notes;
