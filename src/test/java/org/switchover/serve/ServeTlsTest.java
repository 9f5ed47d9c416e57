package org.switchover.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigurationException;
import org.switchover.config.ServeSettings;
import org.switchover.ledger.EventLog;
import org.switchover.mapping.MappingSet;
import org.switchover.transform.TransformSettings;
import org.switchover.ledger.Invocation;
import org.switchover.signoff.SignOffPolicy;
import org.switchover.testing.TestDatabases;
import org.switchover.users.Users;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serve over TLS from a keystore made with the JDK's keytool, and the refusals that keep it off the network without TLS. */
@ExtendWith(TestDatabases.class)
class ServeTlsTest {
    private static final String KEYSTORE_PASSWORD = "keystore secret 1";
    private static final String ROLE = "Head of Service, Child Protection";

    @Test
    void aKeystoreServesHttpsWithSecureCookieAndStrictTransport(TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        // given: a self-signed keystore for 127.0.0.1 and its password in the environment
        Path keystore = dir.resolve("serve.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "serve", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD)
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, new String(keytool.getInputStream().readAllBytes()));
        ServeSettings settings = ServeSettings.defaults().withPort(0).withKeystore(keystore);
        // when: serve starts and a client that trusts that certificate asks for the sign-in page
        try (ServeHandle server = ServeServer.start(context(targetDb), settings,
                Map.of(ServeSettings.KEYSTORE_PASSWORD_ENV, KEYSTORE_PASSWORD))) {
            HttpResponse<String> page = client(keystore).send(HttpRequest.newBuilder(URI.create(server.url() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // then: it is served over HTTPS, with a Secure cookie and HSTS
            assertTrue(server.url().startsWith("https://127.0.0.1:"), server.url());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Set-Cookie").orElse("").endsWith("; HttpOnly; SameSite=Strict; Secure"));
            assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));
            // and an unauthenticated page sends the browser to sign in
            HttpResponse<String> runs = client(keystore).send(HttpRequest.newBuilder(URI.create(server.url() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, runs.statusCode());
            assertEquals("/login", runs.headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void withoutTlsOnlyLoopbackAndAKeystoreNeedsItsPassword(TestDatabases.TargetDb targetDb, @TempDir Path dir) throws Exception {
        ConfigurationException open = assertThrows(ConfigurationException.class, () -> ServeServer.start(context(targetDb),
                ServeSettings.defaults().withPort(0).withBind("0.0.0.0"), Map.of()));
        assertEquals("--bind 0.0.0.0 is not a loopback address: serving beyond this machine needs TLS (--keystore FILE, password in "
                + "SWITCHOVER_KEYSTORE_PASSWORD)", open.getMessage());
        Path keystore = Files.writeString(dir.resolve("any.p12"), "not read");
        ConfigurationException noPassword = assertThrows(ConfigurationException.class, () -> ServeServer.start(context(targetDb),
                ServeSettings.defaults().withPort(0).withKeystore(keystore), Map.of()));
        assertEquals("--keystore " + keystore + " needs its password in SWITCHOVER_KEYSTORE_PASSWORD", noPassword.getMessage());
    }

    private static ServeServer.ServeContext context(TestDatabases.TargetDb targetDb) {
        return new ServeServer.ServeContext(targetDb.spec(), null, new SignOffPolicy(List.of(ROLE), List.of(ROLE), false, "unused", null),
                MappingSet.load(Path.of("mappings"), TransformSettings.defaults()), new Users(targetDb.spec()), new EventLog(targetDb.spec()), new Invocation("serve", "", null));
    }

    private static HttpClient client(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
