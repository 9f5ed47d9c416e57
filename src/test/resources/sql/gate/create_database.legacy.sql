-- Another database on the legacy server (its name is a checked test name, put in by the test).
CREATE DATABASE `{name}` CHARACTER SET utf8mb4
