-- The legacy reader, after the test.
DROP USER IF EXISTS '%1$s'@'%%'
