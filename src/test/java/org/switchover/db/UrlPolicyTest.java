package org.switchover.db;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A URL with a password, in any place either driver reads one, one that turns LOCAL INFILE on, or one that sets the
 * session's state cannot become a {@link ConnectionSpec}; the refusal names the option and the database, never the
 * secret. TLS settings and everything else pass through.
 */
class UrlPolicyTest {
    private static final String SECRET = "Pw-7x9Q";
    private static final String LEGACY_PASSWORD_REFUSAL = "--legacy-url for h:3306/db holds a password (user:password@); "
            + "give the user with --legacy-user and the password in LEGACY_PASSWORD, never in a URL";

    @Test
    void aPasswordInTheUserInfoIsRefusedInEitherDriversSyntax() {
        // given URLs with user:password@ before the host, one host of several, or an empty password
        List<String> urls = List.of(
                "jdbc:mysql://u:" + SECRET + "@h:3306/db",
                "jdbc:mariadb://u:" + SECRET + "@h:3306/db",
                "jdbc:mysql://u:@h:3306/db",
                "jdbc:mysql://u%3A" + SECRET + "@h:3306/db");
        for (String url : urls) {
            // when a spec is made of each, then it is refused naming the database only
            UnsafeUrlException e = assertThrows(UnsafeUrlException.class, () -> legacy(url), url);
            assertEquals(LEGACY_PASSWORD_REFUSAL, e.getMessage(), url);
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
        UnsafeUrlException several = assertThrows(UnsafeUrlException.class,
                () -> legacy("jdbc:mysql://h1:3306,u:" + SECRET + "@h2:3306/db"));
        assertFalse(several.getMessage().contains(SECRET), several.getMessage());
    }

    @Test
    void aPasswordParameterIsRefusedWhereverItIsAndHoweverItIsSpelt() {
        // given password parameters in a query, a host block, an address block, upper case and percent-encoded
        List<String> urls = List.of(
                "jdbc:mysql://h:3306/db?password=" + SECRET,
                "jdbc:mysql://h:3306/db?useSSL=true&PASSWORD=" + SECRET,
                "jdbc:mysql://h:3306/db?pass%77ord=" + SECRET,
                "jdbc:mysql://h:3306/db?pwd=" + SECRET,
                "jdbc:mysql://h:3306/db?password1=" + SECRET,
                "jdbc:mysql://h:3306/db?trustCertificateKeyStorePassword=" + SECRET,
                "jdbc:mysql://(host=h,port=3306,password=" + SECRET + ")/db",
                "jdbc:mysql://address=(host=h)(port=3306)(password=" + SECRET + ")/db",
                "jdbc:mariadb://h:3306/db?user=u&password=" + SECRET,
                "jdbc:postgresql://h:5432/db?password=" + SECRET,
                "jdbc:postgresql://h:5432/db?sslpassword=" + SECRET);
        for (String url : urls) {
            // when a spec is made of each, then it is refused naming the parameter and the variable, never the value
            UnsafeUrlException e = assertThrows(UnsafeUrlException.class, () -> spec(url), url);
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertEquals(1, refusals(e), e.getMessage());
        }
        UnsafeUrlException query = assertThrows(UnsafeUrlException.class, () -> legacy("jdbc:mysql://h:3306/db?password=" + SECRET));
        assertEquals("--legacy-url for h:3306/db holds a password (parameter password); the password comes only from "
                + "LEGACY_PASSWORD, and a URL never carries one", query.getMessage());
        UnsafeUrlException target = assertThrows(UnsafeUrlException.class,
                () -> new ConnectionSpec(DatabaseRole.TARGET, "jdbc:postgresql://h:5432/db?password=" + SECRET, "u", ""));
        assertEquals("--target-url for h:5432/db holds a password (parameter password); the password comes only from "
                + "TARGET_PASSWORD, and a URL never carries one", target.getMessage());
    }

    @Test
    void aUrlCannotTurnLocalInfileOn() {
        // given URLs that switch LOCAL INFILE on in the query, in a host block (which would win over the
        // toolkit's forced property), percent-encoded, as a directory, or by URL, under MySQL Connector/J's
        // names or MariaDB Connector/J's (the legacy driver, which takes jdbc:mysql: URLs too)
        List<String> urls = List.of(
                "jdbc:mysql://h:3306/db?allowLoadLocalInfile=true",
                "jdbc:mysql://h:3306/db?ALLOWLOADLOCALINFILE=yes",
                "jdbc:mysql://(host=h,port=3306,allowLoadLocalInfile=true)/db",
                "jdbc:mysql://h:3306/db?allow%4coadLocalInfile=true",
                "jdbc:mysql://h:3306/db?allowLoadLocalInfileInPath=/",
                "jdbc:mysql://h:3306/db?allowUrlInLocalInfile=true",
                "jdbc:mariadb://h:3306/db?allowLocalInfile=true",
                "jdbc:mysql://h:3306/db?allowLocalInfile=1",
                "jdbc:mariadb://(host=h,port=3306,allowLocalInfile=true)/db");
        for (String url : urls) {
            // when a spec is made of each, then it is refused
            UnsafeUrlException e = assertThrows(UnsafeUrlException.class, () -> legacy(url), url);
            assertEquals(1, refusals(e), e.getMessage());
        }
        assertEquals("--legacy-url for h:3306/db sets allowLoadLocalInfile; the toolkit never lets a database server read "
                        + "local files, so a URL may not turn LOCAL INFILE on",
                assertThrows(UnsafeUrlException.class, () -> legacy("jdbc:mysql://h:3306/db?allowLoadLocalInfile=true")).getMessage());
    }

    @Test
    void aUrlCannotSetTheSessionsStateOrRunSqlOnConnect() {
        // given URLs that set the legacy session's clock or row cap, run SQL on connect (a temporary table in place of a
        // legacy one), set the session's time zone, collation or isolation, or PostgreSQL's options or search path, however spelt
        List<String> urls = List.of(
                "jdbc:mysql://h:3306/db?sessionVariables=timestamp=1104537600",
                "jdbc:mariadb://h:3306/db?useSSL=true&SESSIONVARIABLES=sql_select_limit=5",
                "jdbc:mariadb://(host=h,port=3306,sessionVariables=sql_mode='')/db",
                "jdbc:mariadb://h:3306/db?initSql=CREATE%20TEMPORARY%20TABLE%20client%20AS%20SELECT%201",
                "jdbc:mysql://h:3306/db?init%53ql=SET%20@@timestamp=1",
                "jdbc:mariadb://h:3306/db?forceConnectionTimeZoneToSession=true&connectionTimeZone=Pacific/Kiritimati",
                "jdbc:mariadb://h:3306/db?timezone=%2B14:00",
                "jdbc:mariadb://h:3306/db?connectionCollation=utf8mb4_bin",
                "jdbc:mysql://h:3306/db?transactionIsolation=READ-UNCOMMITTED",
                "jdbc:postgresql://h:5432/db?options=-c%20search_path=evil,pg_catalog",
                "jdbc:postgresql://h:5432/db?currentSchema=evil,pg_catalog",
                "jdbc:postgresql://h:5432/db?searchpath=evil");
        for (String url : urls) {
            // when a spec is made of each, then it is refused, once
            UnsafeUrlException e = assertThrows(UnsafeUrlException.class, () -> spec(url), url);
            assertEquals(1, refusals(e), e.getMessage());
        }
        assertEquals("--legacy-url for h:3306/db sets sessionVariables; the toolkit decides the session's state (its clock, SQL mode, "
                        + "search path and the tables it sees), so a URL may not set session variables or run SQL on connect",
                assertThrows(UnsafeUrlException.class, () -> legacy("jdbc:mysql://h:3306/db?sessionVariables=timestamp=1")).getMessage());
    }

    @Test
    void tlsSettingsKeyRetrievalAndLocalInfileOffPassThrough() {
        // given URLs with TLS settings, a user name, public key retrieval, and LOCAL INFILE asked off
        List<String> urls = List.of(
                "jdbc:mysql://h:3306/db?sslMode=VERIFY_IDENTITY&trustCertificateKeyStoreUrl=file:/etc/ca.p12",
                "jdbc:mysql://h:3306/db?allowPublicKeyRetrieval=true",
                "jdbc:mysql://h:3306/db?allowLoadLocalInfile=false&allowUrlInLocalInfile=no",
                "jdbc:mysql://reader@h:3306/db",
                "jdbc:mysql://[::1]:3306/db",
                "jdbc:mariadb://h:3306/db?connectionTimeZone=UTC",
                "jdbc:postgresql://h:5432/db?sslmode=verify-full&sslrootcert=/etc/ca.pem&ApplicationName=switchover");
        for (String url : urls) {
            // when a spec is made of each, then it is accepted with the URL unchanged
            ConnectionSpec spec = assertDoesNotThrow(() -> spec(url), url);
            assertEquals(url, spec.url());
        }
    }

    @Test
    void aRedactedUrlShowsNeitherUserInfoNorQuery() {
        assertEquals("jdbc:mysql://h:3306/db?…", legacy("jdbc:mysql://reader@h:3306/db?sslMode=REQUIRED").redactedUrl());
        assertEquals("jdbc:mysql://h:3306/db", legacy("jdbc:mysql://h:3306/db").redactedUrl());
        assertEquals("h:3306/db", legacy("jdbc:mysql://reader@h:3306/db?sslMode=REQUIRED").identity());
    }

    /** How many refusals a message gives: each names its option, "--legacy-url for ..." or "--target-url for ...". */
    private static int refusals(UnsafeUrlException e) {
        return e.getMessage().split("-url for ", -1).length - 1;
    }

    private static ConnectionSpec legacy(String url) {
        return new ConnectionSpec(DatabaseRole.LEGACY, url, "u", "");
    }

    private static ConnectionSpec spec(String url) {
        return new ConnectionSpec(url.startsWith("jdbc:postgresql:") ? DatabaseRole.TARGET : DatabaseRole.LEGACY, url, "u", "");
    }
}
