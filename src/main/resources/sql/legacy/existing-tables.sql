-- Tables already present in the connected database (legacy-schema refuses to touch a non-empty one).
SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name;
