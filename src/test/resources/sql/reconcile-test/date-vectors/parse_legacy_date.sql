-- The reconciliation's legacy DATE rules on the vectors: as text (legacy_date) and as a DATE (real_date).
SELECT line, {{legacy_date value}}, {{real_date value}} FROM legacy_date_vector ORDER BY line
