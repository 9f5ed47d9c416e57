-- The legacy server's own words for itself, read independently of the toolkit: host, port and version.
SELECT @@hostname, @@port, @@version
