package org.switchover.load;

/** Writes one non-null value as a binary COPY field (int32 length, then the type's binary form). */
interface ColumnEncoder {
    /**
     * @throws ValueRefused the column cannot hold the value; the message is PostgreSQL's for it
     * @throws NotBinary    the JVM cannot tell what the server's input function would make of it
     */
    void write(Object value, BinaryBuffer out) throws ValueRefused, NotBinary;

    /**
     * The encoder for a column of type {@code typeName} (pg_type.typname) and {@code typmod}
     * (pg_attribute.atttypmod, -1 when none), or null when the type has none: its table loads as text.
     */
    static ColumnEncoder forType(String typeName, int typmod) {
        return switch (typeName) {
            case "int2" -> IntegerEncoder.SMALLINT;
            case "int4" -> IntegerEncoder.INTEGER;
            case "int8" -> IntegerEncoder.BIGINT;
            case "numeric" -> new NumericEncoder(typmod);
            case "text", "json" -> TextEncoder.unlimited(false);
            case "jsonb" -> TextEncoder.unlimited(true);
            case "varchar" -> TextEncoder.limited("character varying", typmod);
            case "bpchar" -> TextEncoder.limited("character", typmod);
            case "date" -> DateTimeEncoder.DATE;
            case "timestamp" -> DateTimeEncoder.TIMESTAMP;
            case "bool" -> BooleanEncoder.INSTANCE;
            default -> null;
        };
    }
}
