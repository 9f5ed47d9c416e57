-- The target holds no legacy change: its side is always none, so any change legacy records after the as-of date FAILs.
SELECT 'none'::text AS source, 0::bigint AS n WHERE false
