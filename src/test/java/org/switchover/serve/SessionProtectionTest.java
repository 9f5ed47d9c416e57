package org.switchover.serve;

import org.junit.jupiter.api.Test;
import org.switchover.users.Users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions time out when idle, tokens are compared exactly, and failed sign-ins are limited per name and per address. */
class SessionProtectionTest {
    private static final Instant START = Instant.parse("2027-03-05T18:00:00Z");
    private static final Users.User OWNER = new Users.User(1, "Alex Smith", "Head of Service, Child Protection");

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anIdleSessionEndsAfterTheTimeoutAndAUsedOneLivesOn() {
        // given: a 15-minute timeout and a signed-in session
        Hands clock = new Hands();
        Sessions sessions = new Sessions(Duration.ofMinutes(15), clock);
        Session used = sessions.open(OWNER);
        Session idle = sessions.open(OWNER);
        // when: 10 minutes pass, one session is used, and 10 more pass
        clock.now = START.plusSeconds(600);
        assertTrue(sessions.find(used.id()).isPresent());
        clock.now = START.plusSeconds(1200);
        // then: the used one lives (10 minutes idle), the other (20 minutes idle) is gone for good
        assertTrue(sessions.find(used.id()).isPresent());
        assertFalse(sessions.find(idle.id()).isPresent());
        clock.now = START;
        assertFalse(sessions.find(idle.id()).isPresent(), "a timed-out session is forgotten");
    }

    @Test
    void everySessionHasItsOwnTokenAndOnlyThatTokenMatches() {
        Sessions sessions = new Sessions(Duration.ofMinutes(15), new Hands());
        Session one = sessions.open(null);
        Session two = sessions.open(null);
        assertNotEquals(one.csrfToken(), two.csrfToken());
        assertNotEquals(one.id(), one.csrfToken());
        assertEquals(43, one.csrfToken().length(), "256 random bits, base64url");
        assertTrue(Sessions.tokenMatches(one, one.csrfToken()));
        assertFalse(Sessions.tokenMatches(one, two.csrfToken()));
        assertFalse(Sessions.tokenMatches(one, null));
        assertFalse(Sessions.tokenMatches(one, ""));
    }

    @Test
    void failedSignInsAreLimitedPerNameFromManyAddressesAndPerAddressOverManyNames() {
        Hands clock = new Hands();
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
        // when: one name fails from three addresses
        for (int i = 1; i <= 3; i++) {
            assertFalse(throttle.blocked("Alex Smith", "10.0.0." + i));
            throttle.failed("Alex Smith", "10.0.0." + i);
        }
        // then: that name is blocked from a fourth address (any case, any spacing), another name is not
        assertTrue(throttle.blocked(" alex smith ", "10.0.0.4"));
        assertFalse(throttle.blocked("Bea Khan", "10.0.0.4"));
        // when: one address fails with three other names
        for (String name : new String[] {"a", "b", "c"}) {
            throttle.failed(name, "10.0.0.9");
        }
        // then: that address is blocked for a fresh name
        assertTrue(throttle.blocked("Bea Khan", "10.0.0.9"));
        // and when the window has passed, both may try again
        clock.now = START.plus(Duration.ofMinutes(16));
        assertFalse(throttle.blocked("Alex Smith", "10.0.0.4"));
        assertFalse(throttle.blocked("Bea Khan", "10.0.0.9"));
    }
}
