-- 1, 2: every round-trip row (keys below 100) of a twin as its record text, in key order (equal texts mean equal typed values); 3: text COPY into the text twin; 4: one binary row's date.
SELECT t::text FROM csc.typed_binary t WHERE id < 100 ORDER BY id;
SELECT t::text FROM csc.typed_text t WHERE id < 100 ORDER BY id;
COPY csc.typed_text (id, small, medium, big, amount, fte, body, code, flag, born, seen_at, doc, active) FROM STDIN (FORMAT text);
SELECT born FROM csc.typed_binary WHERE id = ?;
