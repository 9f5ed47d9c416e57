-- The embedded demo's target database, named as docker-compose.yml names it.
CREATE DATABASE switchover ENCODING 'UTF8'
