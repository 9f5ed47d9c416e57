-- The test gives the legacy reader made by the printed grants a password.
ALTER USER '%1$s'@'%%' IDENTIFIED BY '%2$s'
