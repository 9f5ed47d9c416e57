-- Who the legacy server is: @@server_uuid where the server has one (MySQL), else @@hostname and @@port (MariaDB has
-- no server_uuid). SHOW answers on both and simply leaves out a variable the server does not have.
SHOW GLOBAL VARIABLES WHERE Variable_name IN ('server_uuid', 'hostname', 'port')
