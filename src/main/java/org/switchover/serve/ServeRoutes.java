package org.switchover.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.switchover.config.ConfigurationException;
import org.switchover.signoff.ReconciliationReport;
import org.switchover.signoff.SignOff;
import org.switchover.signoff.SignOffRegistry;
import org.switchover.users.Users;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * serve's pages. Every sign-in and every sign-off, accepted or refused, is an event of the audit trail (command "serve",
 * the owner's name and the address; never a password, and no child's name or date of birth anywhere).
 */
final class ServeRoutes {
    /** A legacy reference longer than this is not one. */
    static final int MAX_LEGACY_REF = 64;

    private final ServeServer.ServeContext context;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final boolean tls;
    private final RunCatalog catalog;
    private final SignOffRegistry signOffs;

    ServeRoutes(ServeServer.ServeContext context, Sessions sessions, LoginThrottle throttle, boolean tls) {
        this.context = context;
        this.sessions = sessions;
        this.throttle = throttle;
        this.tls = tls;
        this.catalog = new RunCatalog(context.target(), context.reportRoot());
        this.signOffs = new SignOffRegistry(context.target(), context.policy());
    }

    void register(Javalin app) {
        app.get("/login", this::loginPage);
        app.post("/login", this::login);
        app.post("/logout", this::logout);
        app.get("/", ctx -> ctx.html(Pages.runs(session(ctx), catalog.runs(), signOffs.all(context.mappingHash()))));
        app.get("/runs/{run}", ctx -> ctx.html(Pages.run(session(ctx), run(ctx), signOffs.all(context.mappingHash()))));
        app.get("/runs/{run}/report", this::report);
        app.get("/runs/{run}/files/{name}", this::listFile);
        app.get("/runs/{run}/diffs/{from}", this::diff);
        app.get("/runs/{run}/sign", ctx -> signPage(ctx, run(ctx), null, 200));
        app.post("/runs/{run}/sign", this::sign);
        app.get("/children", this::child);
    }

    private void loginPage(Context ctx) {
        Session session = ctx.attribute(ServeServer.SESSION);
        if (session == null) {
            session = sessions.open(null);
            ServeServer.setCookie(ctx, session, tls);
        }
        ctx.html(Pages.login(session, null));
    }

    private void login(Context ctx) {
        Session before = session(ctx);
        String name = ctx.formParam("name");
        if (throttle.blocked(name, ctx.ip())) {
            context.events().record(null, "serve", "refused", "sign-in of '" + name + "' from " + ctx.ip() + ": too many failed attempts",
                    context.invocation());
            throw new Refusal(429, "Too many failed sign-ins for this name or from this address: try again later.");
        }
        Optional<Users.User> user = context.users().authenticate(name, ctx.formParam("password"));
        if (user.isEmpty()) {
            throttle.failed(name, ctx.ip());
            context.events().record(null, "serve", "refused", "sign-in of '" + name + "' from " + ctx.ip() + ": wrong name or password",
                    context.invocation());
            ctx.status(401).html(Pages.login(before, "Wrong name or password."));
            return;
        }
        throttle.succeeded(name);
        sessions.close(before.id());
        Session signedIn = sessions.open(user.get());
        ServeServer.setCookie(ctx, signedIn, tls);
        context.events().record(null, "serve", "signed-in", user.get().name() + " (" + user.get().role() + ") from " + ctx.ip(),
                context.invocation());
        ctx.redirect("/");
    }

    private void logout(Context ctx) {
        sessions.close(session(ctx).id());
        ctx.redirect("/login");
    }

    /** The report's exact bytes, as the reconciliation wrote them (or as they are now, which the run page compares). */
    private void report(Context ctx) throws IOException {
        RunCatalog.Run run = run(ctx);
        if (run.html() == null || !Files.isRegularFile(run.html(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(404, "Run " + run.id() + " has no reconciliation.html.");
        }
        ctx.contentType("text/html; charset=utf-8").result(Files.readAllBytes(run.html()));
    }

    /** A worklist, the diff or a CSV list of the report directory, as plain text so no file can act as a page. */
    private void listFile(Context ctx) throws IOException {
        RunCatalog.Run run = run(ctx);
        String name = ctx.pathParam("name");
        if (run.reportDir() == null || !name.matches(Pages.LIST_FILE) || !Pages.listFiles(run.reportDir()).contains(name)) {
            throw new Refusal(404, "Run " + run.id() + " has no list named " + name + ".");
        }
        ctx.contentType("text/plain; charset=utf-8").result(Files.readAllBytes(run.reportDir().resolve(name)));
    }

    /** A diff.json `switchover diff` wrote from another run to this one, as plain text. */
    private void diff(Context ctx) throws IOException {
        RunCatalog.Run run = run(ctx);
        Path file;
        try {
            file = RunCatalog.diffsTo(run).get(Long.parseLong(ctx.pathParam("from")));
        } catch (NumberFormatException e) {
            file = null;
        }
        if (file == null) {
            throw new Refusal(404, "No diff from run " + ctx.pathParam("from") + " to run " + run.id() + ".");
        }
        ctx.contentType("text/plain; charset=utf-8").result(Files.readAllBytes(file));
    }

    private void child(Context ctx) {
        String ref = ctx.queryParam("ref") == null ? "" : ctx.queryParam("ref").strip();
        if (ref.isEmpty() || ref.length() > MAX_LEGACY_REF) {
            throw new Refusal(400, "Give a legacy reference, e.g. DCC/0000162.");
        }
        List<RunCatalog.Run> runs = catalog.runs();
        if (runs.isEmpty()) {
            throw new Refusal(404, "The target has no run yet.");
        }
        ctx.html(Pages.child(session(ctx), new ChildRecords(context.target(), context.mappings()).of(ref, runs.get(0).id())));
    }

    private void signPage(Context ctx, RunCatalog.Run run, String problem, int status) {
        if (run.reportDir() == null) {
            throw new Refusal(404, "Run " + run.id() + " has no report to sign.");
        }
        String htmlNow = ReconciliationReport.sha256Of(run.html());
        String jsonNow = ReconciliationReport.sha256Of(run.reportDir().resolve(ReconciliationReport.FILE_NAME));
        String shown = problem != null ? problem : "EDITED".equals(run.pageState()) ? "This report page is not the one the reconciliation"
                + " wrote: it was edited, so it cannot be signed." : null;
        ctx.status(status).html(Pages.sign(session(ctx), run, htmlNow, jsonNow, shown));
    }

    /** Signs the page the owner was shown: its hash must still be the page's, and the registry checks all the rest. */
    private void sign(Context ctx) {
        RunCatalog.Run run = run(ctx);
        Users.User user = session(ctx).user();
        if (!"accepted".equals(ctx.formParam("declaration"))) {
            signPage(ctx, run, "Tick the declaration to sign off.", 400);
            return;
        }
        String shown = ctx.formParam("htmlSha256");
        if (run.html() == null || shown == null || !shown.equals(ReconciliationReport.sha256Of(run.html()))) {
            refused(run, user, "the report page changed since it was shown");
            signPage(ctx, run, "The report page changed since it was shown to you: read it again before signing.", 409);
            return;
        }
        SignOff signOff;
        try {
            signOff = signOffs.sign(run.reportDir(), user.name(), user.role(), context.mappingHash(), SignOff.BROWSER);
        } catch (ConfigurationException e) {
            refused(run, user, e.getMessage());
            signPage(ctx, run, "This report cannot be signed: " + e.getMessage(), 409);
            return;
        }
        context.events().record(run.id(), "serve", "signed-off", "sign-off " + signOff.id() + " by " + user.name() + " (" + user.role()
                + "), reconciliation.html " + signOff.htmlSha256() + ", reconciliation.json " + signOff.reportSha256(), context.invocation());
        ctx.html(Pages.signed(session(ctx), signOff));
    }

    private void refused(RunCatalog.Run run, Users.User user, String why) {
        context.events().record(run.id(), "serve", "refused", "sign-off by " + user.name() + " (" + user.role() + "): " + why,
                context.invocation());
    }

    private RunCatalog.Run run(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("run"));
        } catch (NumberFormatException e) {
            throw new Refusal(404, "No run " + ctx.pathParam("run") + ".");
        }
        return catalog.run(id).orElseThrow(() -> new Refusal(404, "The target has no run " + id + "."));
    }

    private static Session session(Context ctx) {
        return ctx.attribute(ServeServer.SESSION);
    }

}
