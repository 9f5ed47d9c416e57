-- Drops a test's extra legacy database.
DROP DATABASE IF EXISTS `{name}`
