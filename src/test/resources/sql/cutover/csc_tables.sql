-- Every table of the csc schema, in name order.
SELECT table_name FROM information_schema.tables WHERE table_schema = 'csc' AND table_type = 'BASE TABLE' ORDER BY table_name
