-- A checksum of one csc table ({table}) over all its rows in a fixed order: equal checksums mean identical rows.
SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM csc.{table} t
