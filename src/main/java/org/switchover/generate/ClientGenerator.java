package org.switchover.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes the client table (latin1) and decides each client's fate and value losses as it goes. */
final class ClientGenerator {
    /** Share of clients recorded before birth (expected date of birth only). */
    static final double UNBORN_SHARE = 0.015;
    static final double NO_DISABILITY_RECORDED = 0.40;
    static final double NO_DISABILITY = 0.45;
    static final double NO_NHS_NUMBER = 0.25;
    static final double SPACED_NHS_NUMBER = 0.15;

    private final GenerationContext context;
    private final SplittableRandom random;
    private final LegacyText text;
    private final Vocabulary codes;
    private final DefectRates rates;
    private final GroundTruthTally tally;

    ClientGenerator(GenerationContext context) {
        this.context = context;
        this.random = context.stream("client");
        this.text = new LegacyText(random);
        this.codes = new Vocabulary(random, context.rates().lowerCaseCode());
        this.rates = context.rates();
        this.tally = context.tally();
    }

    ClientRegistry generate() {
        int n = context.volumes().clients();
        ClientRegistry clients = new ClientRegistry(n);
        MergePlan.plan(clients, rates, random);
        clients.resolveMerges();
        tally.trackLossy("client.dob", "client.expected_dob", "client.nhs_no", "client.forenames");
        tally.trackUnmapped("client.sex_cd", "client.ethnic_cd", "client.disability_cds");
        Quota unknownDate = new Quota(rates.unknownDateText(), n);
        Quota zeroDate = new Quota(rates.zeroDate(), n);
        Quota unparseable = new Quota(rates.unparseableDate(), n);
        Quota unmappedSex = new Quota(rates.unmappedCode(), n);
        Quota unmappedEthnic = new Quota(rates.unmappedCode(), n);
        Quota unmappedDisability = new Quota(rates.unmappedCode(), n);
        Quota duplicateDisability = new Quota(rates.unmappedCode(), n);
        Quota invalidNhs = new Quota(rates.invalidNhsNumber(), n);
        Quota nul = new Quota(rates.nulInText(), n);
        Quota death = new Quota(rates.recordedDeath(), n);
        // few clients are unborn, so their own quota carries over to the next unborn client
        Quota unknownExpected = new Quota(rates.unknownDateText(), n);
        boolean pendingUnknownExpected = false;
        String[] surnames = new String[n + 1];
        String[] forenames = new String[n + 1];
        int[] dobDays = new int[n + 1];
        try (TableWriter writer = context.writer("client")) {
            for (int c = 1; c <= n; c++) {
                int created = Days.between(context.firstDay(), context.asOfDay(), random);
                clients.createdDay[c] = created;
                int copyOf = clients.mergedInto[c] >= 1 && clients.mergedInto[c] < c ? clients.mergedInto[c] : 0;
                surnames[c] = copyOf > 0 ? surnames[copyOf] : text.pick(LegacyText.SURNAMES);
                forenames[c] = copyOf > 0 ? forenames[copyOf] : text.pick(LegacyText.FORENAMES);
                dobDays[c] = copyOf > 0 ? dobDays[copyOf] : created - random.nextInt(18 * 365);
                boolean unborn = copyOf == 0 && random.nextDouble() < UNBORN_SHARE;
                String forename = nul.next(random) ? text.withNul(forenames[c]) : forenames[c];
                FreeTextDate.Style style = FreeTextDate.style(random, unknownDate.next(random), zeroDate.next(random),
                        unparseable.next(random), rates.twoDigitYear(), !unborn && FreeTextDate.shortYearSafe(LocalDate.ofEpochDay(dobDays[c]), context.asOf()));
                FreeTextDate dob = unborn ? FreeTextDate.NULL : FreeTextDate.of(LocalDate.ofEpochDay(dobDays[c]), style, random);
                pendingUnknownExpected |= unknownExpected.next(random);
                FreeTextDate.Style expectedStyle = unborn && pendingUnknownExpected ? FreeTextDate.Style.UNKNOWN : fullYear(style);
                pendingUnknownExpected &= !unborn;
                FreeTextDate expected = !unborn ? FreeTextDate.NULL
                        : FreeTextDate.of(LocalDate.ofEpochDay(created + 30 + random.nextInt(170)), expectedStyle, random);
                Coded sex = codes.sex(unmappedSex.next(random));
                Coded ethnicity = codes.ethnicity(unmappedEthnic.next(random));
                List<Coded> disabilities = disabilities(unmappedDisability.next(random), duplicateDisability.next(random));
                boolean badNhs = invalidNhs.next(random);
                String nhs = nhsNumber(badNhs);
                FreeTextDate deathDate = FreeTextDate.NULL;
                if (death.next(random) && created < context.asOfDay() - 60) {
                    int day = Days.between(created + 1, context.asOfDay() - 30, random);
                    clients.recordDeath(c, day);
                    deathDate = FreeTextDate.of(LocalDate.ofEpochDay(day), FreeTextDate.Style.DAY_MONTH_YEAR, random);
                }
                boolean noAddress = random.nextDouble() < 0.05;
                writer.row(c, String.format("DCC/%07d", c), surnames[c], forename, dob.text(), expected.text(),
                        sex.raw(), ethnicity.raw(), Coded.joined(disabilities, random), random.nextBoolean() ? upn() : null, nhs,
                        noAddress ? null : (1 + random.nextInt(120)) + " " + text.pick(LegacyText.STREETS),
                        noAddress || random.nextBoolean() ? null : "Flat " + (1 + random.nextInt(12)), null,
                        noAddress ? null : text.pick(LegacyText.TOWNS), noAddress ? null : text.postcode(),
                        deathDate.text(), clients.mergedInto[c] == 0 ? null : clients.mergedInto[c],
                        Days.dateTime(created, random), context.updated(created + random.nextInt(365), random));
                tallyClient(clients, c, dob, expected, deathDate, sex, ethnicity, disabilities, badNhs, !forename.equals(forenames[c]));
            }
            context.rowsWritten("client", writer.rows());
        }
        return clients;
    }

    private void tallyClient(ClientRegistry clients, int c, FreeTextDate dob, FreeTextDate expected, FreeTextDate death,
                             Coded sex, Coded ethnicity, List<Coded> disabilities, boolean badNhs, boolean nul) {
        int survivor = clients.survivorOf(c);
        String fate = survivor == c ? null : survivor == 0 ? "merge_chain_broken" : "merged_duplicate";
        tally.fate(Mapping.PERSON, fate);
        tally.fate(Mapping.ADDRESS, fate);
        List<String> seen = new ArrayList<>();
        int loadedItems = 0;
        for (Coded item : disabilities) {
            boolean duplicate = item.census() != null && seen.contains(item.census());
            String itemFate = "merged_duplicate".equals(fate) ? fate : duplicate ? "duplicate_code"
                    : fate != null ? fate : item.unmapped() ? "unmapped_code" : null;
            tally.fate(Mapping.DISABILITY, itemFate);
            if (itemFate == null) {
                tally.census("ssd_disability.disa_disability_code", item.census());
            }
            if (item.census() != null) {
                seen.add(item.census());
            }
            if (fate == null && item.unmapped()) {
                tally.unmapped("client.disability_cds");
            }
            loadedItems += itemFate == null ? 1 : 0;
        }
        if (fate != null) {
            return;
        }
        countCode(sex, "client.sex_cd", "ssd_person.pers_sex");
        countCode(ethnicity, "client.ethnic_cd", "ssd_person.pers_ethnicity");
        tally.census("ssd_person.pers_sex", sex.census());
        tally.census("ssd_person.pers_ethnicity", ethnicity.census());
        countLossy(dob, "client.dob");
        countLossy(expected, "client.expected_dob");
        countLossy(death, "client.date_of_death");
        if (dob.becomesNull() && expected.becomesNull()) {
            tally.missing("ssd_person.pers_dob");
        }
        if (loadedItems == 0) {
            tally.missing("ssd_person.disability");
        }
        if (badNhs) {
            tally.lossy("client.nhs_no");
        }
        if (nul) {
            tally.lossy("client.forenames");
        }
    }

    private void countCode(Coded code, String column, String mandatoryField) {
        if (code.unmapped()) {
            tally.unmapped(column);
        }
        if (code.census() == null) {
            tally.missing(mandatoryField);
        }
    }

    private void countLossy(FreeTextDate date, String column) {
        if (date.lossy()) {
            tally.lossy(column);
        }
    }

    /** Expected dates of birth may lie after the extract year, so they are never written with two-digit years. */
    private static FreeTextDate.Style fullYear(FreeTextDate.Style style) {
        return switch (style) {
            case DOTS_SHORT, DOTS_SHORT_PADDED, SLASHES_SHORT -> FreeTextDate.Style.DAY_MONTH_YEAR;
            default -> style;
        };
    }

    private List<Coded> disabilities(boolean unmapped, boolean duplicate) {
        List<Coded> items = new ArrayList<>();
        double p = random.nextDouble();
        if (!unmapped && !duplicate && p < NO_DISABILITY_RECORDED) {
            return items;
        }
        if (!unmapped && !duplicate && p < NO_DISABILITY_RECORDED + NO_DISABILITY) {
            items.add(Coded.mapped(codes.anyCase("NONE"), "NONE"));
            return items;
        }
        int count = 1 + random.nextInt(3);
        while (items.size() < count) {
            String code = codes.pick(Vocabulary.DISABILITIES);
            if (items.stream().noneMatch(item -> code.equals(item.census()))) {
                items.add(Coded.mapped(codes.anyCase(code), code));
            }
        }
        if (duplicate) {
            String again = items.get(0).census();
            items.add(Coded.mapped(again.toLowerCase(java.util.Locale.ROOT), again));
        }
        if (unmapped) {
            items.add(Coded.unmappedCode(codes.pick(Vocabulary.DISABILITY_UNMAPPED)));
        }
        return items;
    }

    private String nhsNumber(boolean invalid) {
        if (invalid) {
            return String.valueOf(100_000_000 + random.nextInt(900_000_000));
        }
        double p = random.nextDouble();
        if (p < NO_NHS_NUMBER) {
            return null;
        }
        String digits = String.format("%03d%03d%04d", 400 + random.nextInt(300), random.nextInt(1000), random.nextInt(10_000));
        return p < NO_NHS_NUMBER + SPACED_NHS_NUMBER
                ? digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6) : digits;
    }

    private String upn() {
        return (char) ('A' + random.nextInt(26)) + String.format("%06d%06d", random.nextInt(1_000_000), random.nextInt(1_000_000));
    }
}
