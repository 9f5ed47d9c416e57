package org.switchover.transform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.switchover.transform.TransformTesting.REGISTRY;

/** The case-recording rules: placeholders, the overloaded referral status (rule 7), OLA, seen alone. */
class CaseRecordTransformsTest {

    private static Converted apply(String name, String... inputs) {
        return REGISTRY.find(name).orElseThrow().apply(inputs);
    }

    @Test
    void placeholderWorkersAreNotPeople() {
        assertNull(apply("real_worker", "UNALLOC").value());
        assertNull(apply("real_worker", "duty-c").value());
        assertNull(apply("real_worker", "UNALLOC").loss(), "a placeholder is a rule, not a loss");
        assertEquals("W001", apply("real_worker", " W001 ").value());
    }

    @Test
    void aClosedReferralWithoutACloseDateTakesItsLastUpdateAndCountsIt() {
        Converted defaulted = apply("referral_close_date", null, "CLOSED:RC4", "2016-05-06 11:12:13");
        assertEquals(LocalDate.of(2016, 5, 6), defaulted.value());
        assertEquals(LossKind.DEFAULTED, defaulted.loss());
        assertEquals(LocalDate.of(2016, 1, 2), apply("referral_close_date", "2016-01-02", "CLOSED", "2016-05-06 11:12:13").value());
        assertNull(apply("referral_close_date", null, "OPEN-DUTY", "2016-05-06 11:12:13").value());
        assertNull(apply("referral_close_date", null, "OPEN-DUTY", "2016-05-06 11:12:13").loss());
    }

    @Test
    void theClosureReasonComesFromTheStatusElseTheReasonColumn() {
        assertEquals("RC4", apply("closure_reason_source", "free text", "CLOSED:RC4").value());
        assertEquals("rc8", apply("closure_reason_source", "rc8", "CLOSED").value());
        assertNull(apply("closure_reason_source", null, "OPEN-DUTY").value());
    }

    @Test
    void nfaAtReferralAndInvolvementRoles() {
        assertEquals("Y", apply("referral_nfa", "NFA").value());
        assertEquals("N", apply("referral_nfa", "CLOSED:RC1").value());
        assertEquals("DUTY", apply("involvement_role_source", "KEY", "UNALLOC").value());
        assertEquals("KEY", apply("involvement_role_source", "KEY", "W001").value());
    }

    @Test
    void otherAuthorityAndSeenAlone() {
        assertEquals("Y", apply("ola_flag", null, "TEMP").value());
        assertEquals("Y", apply("ola_flag", "y", "REG").value());
        assertEquals("N", apply("ola_flag", null, "REG").value());
        assertEquals("Y", apply("seen_alone_flag", "VISIT-ALONE").value());
        assertEquals("N", apply("seen_alone_flag", "VISIT").value());
    }
}
