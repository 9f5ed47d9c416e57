-- Sets aside every foreign key and every non-unique index of csc, recording how to put each back.
-- Primary keys and unique indexes stay: they refuse duplicate rows chunk by chunk, as the loader expects.
-- One statement (a DO block), so the whole set is dropped or none of it.
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN
        SELECT c.conrelid::regclass::text AS table_name, c.conname AS object_name, pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'csc' AND c.contype = 'f'
    LOOP
        INSERT INTO migration.deferred_load_object (kind, table_name, object_name, restore_sql)
        VALUES ('foreign_key', item.table_name, item.object_name,
                format('ALTER TABLE %s ADD CONSTRAINT %I %s', item.table_name, item.object_name, item.definition))
        ON CONFLICT DO NOTHING;
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', item.table_name, item.object_name);
    END LOOP;
    FOR item IN
        SELECT i.indrelid::regclass::text AS table_name, i.indexrelid::regclass::text AS object_name,
               pg_get_indexdef(i.indexrelid) AS definition
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'csc' AND NOT i.indisprimary AND NOT i.indisunique
    LOOP
        INSERT INTO migration.deferred_load_object (kind, table_name, object_name, restore_sql)
        VALUES ('index', item.table_name, item.object_name, item.definition)
        ON CONFLICT DO NOTHING;
        EXECUTE format('DROP INDEX %s', item.object_name);
    END LOOP;
END
$$
