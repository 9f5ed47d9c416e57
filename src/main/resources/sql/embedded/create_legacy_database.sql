-- The embedded demo's legacy database, named as legacy-system.md names it.
CREATE DATABASE legacy CHARACTER SET utf8mb4
