-- True once a final load has marked this target as production; dry runs refuse such a target.
SELECT production FROM migration.target_status
