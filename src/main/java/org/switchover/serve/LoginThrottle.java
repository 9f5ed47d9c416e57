package org.switchover.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per user name and per address within a sliding window: once either has reached the limit, further
 * attempts are refused without looking at the password until the oldest failure leaves the window. Per name stops guessing
 * one owner's password from many addresses; per address stops one address trying many names.
 */
final class LoginThrottle {
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Clock clock;

    LoginThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    boolean blocked(String name, String address) {
        return count(userKey(name)) >= limit || count(addressKey(address)) >= limit;
    }

    void failed(String name, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(name), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    /** A successful sign-in clears the name's failures (not the address's: one right password does not excuse many guesses). */
    void succeeded(String name) {
        failures.remove(userKey(name));
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant since = clock.instant().minus(window);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String userKey(String name) {
        return "user:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
