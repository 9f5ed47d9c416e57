package org.switchover.cli;

import org.switchover.config.ServeSettings;
import org.switchover.serve.ServeHandle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Serves the runs, their reports, a page per child and the browser sign-off until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the target's runs, each run's reconciliation.html (its exact bytes), its lists, a page per child by "
                + "legacy reference and a sign-off page, to owners who sign in (accounts from `switchover user add`).",
                "Binds to " + ServeSettings.DEFAULT_BIND + " unless --bind; any other address needs --keystore (TLS), whose password "
                        + "is read from " + ServeSettings.KEYSTORE_PASSWORD_ENV + "."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--port", paramLabel = "N", description = "Port (default " + ServeSettings.DEFAULT_PORT + "; 0 picks a free one).")
    int port = ServeSettings.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default " + ServeSettings.DEFAULT_BIND + ").")
    String bind = ServeSettings.DEFAULT_BIND;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Serve the reports in DIR (itself and one level below) instead of the directories the target recorded.")
    Path reportDir;

    @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS12 keystore for HTTPS; password in "
            + ServeSettings.KEYSTORE_PASSWORD_ENV + ".")
    Path keystore;

    @Option(names = "--session-minutes", paramLabel = "N", description = "Idle minutes before an owner signs in again (default "
            + "${DEFAULT-VALUE}).")
    long sessionMinutes = ServeSettings.DEFAULT_SESSION_TIMEOUT.toMinutes();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (signOffRoles, checks); default ./switchover.yml when it exists.")
    Path config;

    @Override
    public Integer call() throws InterruptedException {
        ServeSettings settings = ServeSettings.defaults().withBind(bind).withPort(port).withReportDir(reportDir).withKeystore(keystore)
                .withSessionTimeout(Duration.ofMinutes(sessionMinutes));
        ServeHandle handle = mappings.applyTo(target.configure()).configFile(config).build().serve(settings);
        System.out.println("serving " + handle.url() + " (Ctrl-C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            handle.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
