-- 1, 2: every row of a twin as its record text, in key order (equal texts mean equal typed values); 3: text COPY into the text twin; 4: one binary row's date.
SELECT t::text FROM csc.typed_binary t ORDER BY id;
SELECT t::text FROM csc.typed_text t ORDER BY id;
COPY csc.typed_text (id, small, medium, big, amount, fte, body, code, flag, born, seen_at, doc, active) FROM STDIN (FORMAT text);
SELECT born FROM csc.typed_binary WHERE id = ?;
