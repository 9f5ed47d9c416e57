-- Case notes longer than 64 KB (TEXT's limit), measured in stored bytes.
SELECT COUNT(*) FROM case_note WHERE LENGTH(body) > 65535;
