-- True when csc holds unlogged tables but the mark a dry run writes beside them has gone: the server ran crash
-- recovery since, which empties every unlogged table, so csc no longer holds the chunks the run's checkpoints count.
SELECT EXISTS (SELECT 1
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'csc' AND c.relkind = 'r' AND c.relpersistence = 'u')
   AND NOT EXISTS (SELECT 1 FROM migration.unlogged_csc)
