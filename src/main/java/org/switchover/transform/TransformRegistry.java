package org.switchover.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named value transforms that mapping files may use, looked up by name. Immutable; build the
 * standard set with {@link #standard(TransformSettings)}. Code maps are separate
 * ({@code org.switchover.codemap}); {@code json_object} needs keys and is built with
 * {@link JsonObjectTransform#withKeys(List)}.
 */
public final class TransformRegistry {
    private final Map<String, ValueTransform> byName;

    private TransformRegistry(List<ValueTransform> transforms) {
        Map<String, ValueTransform> map = new LinkedHashMap<>();
        for (ValueTransform transform : transforms) {
            if (map.putIfAbsent(transform.name(), transform) != null) {
                throw new IllegalArgumentException("two transforms named '" + transform.name() + "'");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** Every standard transform; the as-of date sets the two-digit-year pivot of free_text_date. */
    public static TransformRegistry standard(TransformSettings settings) {
        FreeTextDateParser freeTextDates = new FreeTextDateParser(settings);
        List<ValueTransform> all = new ArrayList<>();
        all.add(NamedTransform.single("text",
                "Text copied as is; NUL characters removed (NUL_REMOVED); never truncated.", LegacyType.ANY, TextValues::text));
        all.add(NamedTransform.single("upper_trim",
                "Trimmed upper case; blank → NULL.", LegacyType.TEXT_OR_INTEGER, TextValues::upperTrim));
        all.add(NamedTransform.single("integer",
                "Whole number → integer; empty → NULL (UNKNOWN_VALUE); not a number → NULL (UNPARSEABLE).",
                LegacyType.TEXT_OR_INTEGER, NumberValues::integer));
        all.add(NamedTransform.single("bigint",
                "Whole number → bigint; empty → NULL (UNKNOWN_VALUE); not a number → NULL (UNPARSEABLE).",
                LegacyType.TEXT_OR_INTEGER, NumberValues::bigint));
        all.add(NamedTransform.single("decimal",
                "Decimal number → numeric; empty → NULL (UNKNOWN_VALUE); not a number → NULL (UNPARSEABLE).",
                LegacyType.NUMBERS, NumberValues::decimal));
        all.add(NamedTransform.single("legacy_date",
                "DATE column yyyy-mm-dd → date; 0000-00-00 → NULL (ZERO_DATE); impossible dates such as "
                        + "2011-02-30 → NULL (UNPARSEABLE).", LegacyType.DATES, LegacyDateValues::date));
        all.add(NamedTransform.single("legacy_datetime",
                "DATETIME column yyyy-mm-dd hh:mm:ss[.f] → timestamp; zero date → NULL (ZERO_DATE); "
                        + "impossible values → NULL (UNPARSEABLE).", LegacyType.DATES, LegacyDateValues::dateTime));
        all.add(NamedTransform.single("yyyymmdd_date",
                "Date held as the number yyyymmdd (INT or text) → date; 0 → NULL (no date); blank → NULL (UNKNOWN_VALUE); "
                        + "not 8 digits or an impossible day → NULL (UNPARSEABLE).", LegacyType.TEXT_OR_INTEGER, LegacyDateValues::yyyymmdd));
        all.add(NamedTransform.single("free_text_date",
                "Free-text date dd/mm/yyyy, d/m/yy, d.m.yy, dd.mm.yyyy or yyyy-mm-dd → date; two-digit years are "
                        + "2000+yy less 100 when after the as-of year (" + settings.asOf().getYear() + "); UNK, "
                        + "UNKNOWN, blank → NULL (UNKNOWN_VALUE); zero date → NULL (ZERO_DATE); "
                        + "anything else → NULL (UNPARSEABLE).", LegacyType.TEXT, freeTextDates::parse));
        all.add(NamedTransform.single("nhs_number",
                "Spaces and hyphens removed, exactly 10 digits else NULL (INVALID); the check digit is not "
                        + "tested; blank → NULL (UNKNOWN_VALUE).", LegacyType.TEXT_OR_INTEGER, IdentifierValues::nhsNumber));
        all.add(NamedTransform.single("postcode",
                "Upper case, one space before the last 3 characters (dh15uj → DH1 5UJ); blank → NULL "
                        + "(UNKNOWN_VALUE); not 5–7 letters/digits → NULL (INVALID).", LegacyType.TEXT, IdentifierValues::postcode));
        all.add(NamedTransform.single("person_name_display",
                "\"SURNAME, Forename\" → \"Forename Surname\", surname in title case (O'Brien, Smith-Jones, "
                        + "McDonald); no comma → as is.", LegacyType.TEXT, PersonNames::displayName));
        all.add(NamedTransform.single("yn_flag",
                "Y/YES/1/TRUE → Y, N/NO/0/FALSE → N (any case); NULL or blank → NULL; other → NULL (UNMAPPED).",
                LegacyType.TEXT_OR_INTEGER, FlagValues::flag));
        all.add(NamedTransform.single("yn_flag_default_n",
                "As yn_flag, but NULL or blank → N (for flags where absence means No, e.g. OLA).",
                LegacyType.TEXT_OR_INTEGER, FlagValues::flagDefaultNo));
        all.add(new AddressJsonTransform());
        all.addAll(CaseRecordTransforms.all());
        return new TransformRegistry(all);
    }

    public Optional<ValueTransform> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Names in a stable order (the order the README lists them). */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<ValueTransform> all() {
        return List.copyOf(byName.values());
    }
}
