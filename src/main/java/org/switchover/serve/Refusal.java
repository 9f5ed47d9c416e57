package org.switchover.serve;

/** Ends a request with an HTTP status and a message shown on the error page (403 missing token, 429 too many sign-ins…). */
final class Refusal extends RuntimeException {
    private final int status;

    Refusal(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
