-- Deletes one row of csc by hand after the reconciliation: what a careless or hostile database user might do.
DELETE FROM csc.ssd_cp_reviews WHERE cppr_cp_review_id = (SELECT min(cppr_cp_review_id) FROM csc.ssd_cp_reviews)
