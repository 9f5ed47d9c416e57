-- The test gives a role made by the printed grants a password (the grants print none: an administrator sets it).
ALTER ROLE "%1$s" PASSWORD '%2$s'
