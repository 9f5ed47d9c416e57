-- Ends the involvement on the extract date (parameter 1), so it is no longer open then.
UPDATE csc.ssd_involvements SET invo_involvement_end_date = ? WHERE invo_involvements_id = ?
