-- Then the roles themselves (cluster-wide).
DROP ROLE IF EXISTS "%1$s", "%2$s"
