-- What a run recorded about its mapping set and toolkit, to compare with a sign-off.
SELECT mapping_hash, toolkit_version FROM migration.run WHERE run_id = ?
