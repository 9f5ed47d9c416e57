SELECT COUNT(*) FROM {schema}kept
