-- What crash recovery does to the mark a dry run writes beside its unlogged csc: empties it.
DELETE FROM migration.unlogged_csc
