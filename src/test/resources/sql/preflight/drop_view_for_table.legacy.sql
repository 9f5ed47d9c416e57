-- The legacy table lac_episode back in its place (view_for_table.legacy.sql undone).
DROP VIEW lac_episode;
RENAME TABLE lac_episode_rows TO lac_episode
