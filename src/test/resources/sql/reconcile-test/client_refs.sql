-- Each client's legacy reference, to name the ground truth's children the way the report does.
SELECT client_no, legacy_ref FROM client
