package org.switchover.serve;

import org.switchover.users.Users;

import java.time.Instant;

/**
 * One browser's session: who signed in (null before), the token every form it posts must carry, and when it was last used.
 * A session starts at the sign-in page, so the sign-in form carries a token too; signing in replaces the session (a new
 * id and token), so an id known before sign-in is worth nothing after it.
 */
record Session(String id, Users.User user, String csrfToken, Instant lastUsed) {
    /** The form field holding the token. */
    static final String CSRF_FIELD = "csrf";

    Session touched(Instant now) {
        return new Session(id, user, csrfToken, now);
    }
}
