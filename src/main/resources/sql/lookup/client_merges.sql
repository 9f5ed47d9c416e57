-- Every legacy client and the client it was merged into (NULL for a survivor): enough to follow any merge chain.
-- The backticks matter: Connector/J 9 mistakes a bare name containing "into" for SELECT ... INTO.
SELECT `client_no`, `merged_into` FROM `client`
