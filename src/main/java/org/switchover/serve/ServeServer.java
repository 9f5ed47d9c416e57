package org.switchover.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.server.NetworkConnector;
import org.switchover.config.ServeSettings;
import org.switchover.ledger.EventLog;
import org.switchover.ledger.Invocation;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.users.Users;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Starts serve's web server (Javalin on Jetty) with its protections, in this order for every request: security headers
 * (no caching, a content security policy that allows no script and nothing from elsewhere, no framing by other sites), the
 * session from its cookie, a CSRF token on every POST (missing or wrong: 403), and sign-in for every page but the sign-in page.
 */
public final class ServeServer {
    static final String COOKIE = "switchover_session";
    static final String SESSION = "session";
    /** Pages hold children's records: nothing may run, load from elsewhere or be kept by a cache or another site's frame. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'";
    private static final Set<String> OPEN_PATHS = Set.of("/login");

    private ServeServer() {
    }

    /** Starts the server; {@code environment} gives the keystore password. The handle stops it. */
    public static ServeHandle start(ServeContext context, ServeSettings settings, Map<String, String> environment) {
        Listener.check(settings, environment);
        Clock clock = Clock.systemUTC();
        Sessions sessions = new Sessions(settings.sessionTimeout(), clock);
        boolean tls = settings.keystore() != null;
        ServeRoutes routes = new ServeRoutes(context, sessions, new LoginThrottle(settings.maxFailedLogins(), settings.lockout(), clock), tls);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.addConnector((server, http) -> Listener.create(server, http, settings, environment));
        });
        app.before(ctx -> protect(ctx, sessions, tls));
        app.exception(Refusal.class, (e, ctx) -> {
            headers(ctx, tls);
            ctx.status(e.status()).html(Pages.error(ctx.attribute(SESSION), e.status(), e.getMessage()));
        });
        routes.register(app);
        app.start();
        int port = ((NetworkConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
        return new ServeHandle(app, (tls ? "https" : "http") + "://" + hostForUrl(settings.bind()) + ":" + port, port);
    }

    private static void protect(Context ctx, Sessions sessions, boolean tls) {
        headers(ctx, tls);
        Session session = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        ctx.attribute(SESSION, session);
        if (ctx.method() == HandlerType.POST && (session == null || !Sessions.tokenMatches(session, ctx.formParam(Session.CSRF_FIELD)))) {
            throw new Refusal(403, "This form was not sent with this session's CSRF token: open the page again and resend it.");
        }
        if (!OPEN_PATHS.contains(ctx.path()) && (session == null || session.user() == null)) {
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
        }
    }

    static void headers(Context ctx, boolean tls) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Referrer-Policy", "no-referrer");
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Sets the session cookie: not readable by scripts, never sent by another site's request, only over TLS when TLS is on. */
    static void setCookie(Context ctx, Session session, boolean tls) {
        ctx.header("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : ""));
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    /** What the routes need from the rest of the toolkit: the target's records, the who-may-sign rules and the audit trail. */
    public record ServeContext(org.switchover.db.ConnectionSpec target, java.nio.file.Path reportRoot, SignOffPolicy policy,
                               org.switchover.mapping.MappingSet mappings, Users users, EventLog events, Invocation invocation) {
        /** The hash sign-offs made here bind to. */
        String mappingHash() {
            return mappings.hash();
        }
    }
}
