-- Every legacy client and the client it was merged into (NULL for a survivor): enough to follow any merge chain.
SELECT client_no, merged_into FROM client
