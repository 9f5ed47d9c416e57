package org.switchover.serve;

import io.javalin.Javalin;

/** A running serve: where it listens, and {@link #close()} to stop it. */
public final class ServeHandle implements AutoCloseable {
    private final Javalin app;
    private final String url;
    private final int port;

    ServeHandle(Javalin app, String url, int port) {
        this.app = app;
        this.url = url;
        this.port = port;
    }

    /** e.g. http://127.0.0.1:8080 */
    public String url() {
        return url;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        app.stop();
    }
}
