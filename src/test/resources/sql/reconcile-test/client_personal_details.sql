-- Every client's names and raw date of birth: none of them may appear in a report.
SELECT client_no, forenames, surname, dob, legacy_ref FROM client
