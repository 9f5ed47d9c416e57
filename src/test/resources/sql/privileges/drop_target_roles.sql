-- After the test, as a superuser in the test's target database: give back what the roles own and drop their grants there.
REASSIGN OWNED BY "%1$s", "%2$s" TO CURRENT_USER;
DROP OWNED BY "%1$s", "%2$s";
ALTER DATABASE "%3$s" OWNER TO CURRENT_USER
