-- The canonical content of one ledgered row (the view migration.ledger_content defines it).
SELECT content FROM migration.ledger_content WHERE kind = ? AND ref_id = ?
