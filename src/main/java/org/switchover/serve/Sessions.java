package org.switchover.serve;

import org.switchover.users.Users;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory (a restart signs everyone out, which is the safe side): random 256-bit ids and CSRF tokens, and an
 * idle timeout after which a session is gone.
 */
final class Sessions {
    private static final int TOKEN_BYTES = 32;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration timeout;
    private final Clock clock;

    Sessions(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A new session for {@code user} (null: not signed in yet). */
    Session open(Users.User user) {
        Session session = new Session(token(), user, token(), clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session of this id, its idle time restarted; empty when unknown or timed out (and then forgotten). */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastUsed().plus(timeout).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = session.touched(now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Whether {@code given} is the session's token, compared in constant time. */
    static boolean tokenMatches(Session session, String given) {
        return given != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
