package org.switchover.transform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The families of legacy (MySQL/MariaDB) column types a transform can be given, by information_schema
 * DATA_TYPE. A transform states the families it accepts, so the preflight refuses a live column whose type
 * changed under it (a DATE turned VARCHAR would give every date as unparseable text, silently NULL).
 */
public enum LegacyType {
    CHARACTER("char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set"),
    INTEGER("tinyint", "smallint", "mediumint", "int", "integer", "bigint"),
    DECIMAL("decimal", "numeric", "float", "double", "real"),
    DATE("date"),
    DATETIME("datetime", "timestamp"),
    /** Anything else (binary, blob, time, bit, json, …): only a transform that takes any type accepts it. */
    OTHER;

    /** Every family: for transforms that copy whatever they are given. */
    public static final Set<LegacyType> ANY = Set.copyOf(EnumSet.allOf(LegacyType.class));
    /** Text of any length. */
    public static final Set<LegacyType> TEXT = Set.of(CHARACTER);
    /** Codes and flags: text, or small numbers such as 1/0 or census digits. */
    public static final Set<LegacyType> TEXT_OR_INTEGER = Set.of(CHARACTER, INTEGER);
    /** A number, as text or as a number column. */
    public static final Set<LegacyType> NUMBERS = Set.of(CHARACTER, INTEGER, DECIMAL);
    /** A calendar date, with or without a time of day. */
    public static final Set<LegacyType> DATES = Set.of(DATE, DATETIME);

    private final List<String> dataTypes;

    LegacyType(String... dataTypes) {
        this.dataTypes = List.of(dataTypes);
    }

    /** The family of an information_schema DATA_TYPE (case-insensitive). */
    public static LegacyType of(String dataType) {
        String type = dataType == null ? "" : dataType.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(family -> family.dataTypes.contains(type)).findFirst().orElse(OTHER);
    }

    /** The data types of some families, in declaration order, as a message names them ("date, datetime, timestamp"). */
    public static String describe(Set<LegacyType> families) {
        if (families.containsAll(ANY)) {
            return "any type";
        }
        return Arrays.stream(values()).filter(families::contains).flatMap(family -> family.dataTypes.stream())
                .collect(Collectors.joining(", "));
    }
}
