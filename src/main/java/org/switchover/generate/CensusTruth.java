package org.switchover.generate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The children a CIN census return of a year must hold, as the generator decided them: the surviving children with a
 * referral that migrates with a referral date, starts by the year's end (31 March) and has not ended before the year
 * began (1 April): open, closed on or after that day (a CLOSED referral without close_dt closes on its updated_dt, rule
 * 7), or an NFA referral of the year without a close date (it ends on its referral date).
 */
final class CensusTruth {
    private CensusTruth() {
    }

    /** Children per census year, for the year holding the extract date and the one before, keyed by the year's end. */
    static Map<String, Long> childrenByYear(List<Referral> referrals, LocalDate asOf) {
        int current = asOf.getMonthValue() >= 4 ? asOf.getYear() + 1 : asOf.getYear();
        Map<String, Long> result = new LinkedHashMap<>();
        for (int year = current - 1; year <= current; year++) {
            int first = Days.epochDay(LocalDate.of(year - 1, 4, 1));
            int last = Days.epochDay(LocalDate.of(year, 3, 31));
            result.put(String.valueOf(year), referrals.stream().filter(r -> inYear(r, first, last)).map(r -> r.survivor).distinct().count());
        }
        return result;
    }

    private static boolean inYear(Referral r, int first, int last) {
        if (!r.loaded() || r.zeroRefDate || r.refDay > last) {
            return false;
        }
        int targetClose = r.closedWithoutDate ? r.updatedDay : r.closeDay;
        if (targetClose >= 0) {
            return targetClose >= first;
        }
        return !r.nfa || r.refDay >= first;
    }
}
