-- Two tables of the same columns, one of every type the binary encoders know: one is loaded in
-- binary COPY, its twin in text COPY, and the two must read back the same.
CREATE SCHEMA csc;
CREATE TABLE csc.typed_binary (
    id bigint PRIMARY KEY,
    small int2,
    medium int4,
    big int8,
    amount numeric,
    fte numeric(3, 2),
    body text,
    code varchar(5),
    flag char(3),
    born date,
    seen_at timestamp,
    doc jsonb,
    active bool
);
CREATE TABLE csc.typed_text (LIKE csc.typed_binary INCLUDING ALL);
