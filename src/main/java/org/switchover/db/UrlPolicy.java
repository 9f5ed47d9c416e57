package org.switchover.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JDBC URL given to the toolkit may not say. A URL travels on command lines, in shell histories
 * and process lists, so it never carries a password; and a URL may not turn on the driver settings that
 * let a database server read the client's files (LOCAL INFILE), because a hostile or impersonated server
 * would then read any file the process can, the environment with TARGET_PASSWORD included. Nor may it set the
 * session's state, which the checks and gates rely on. Everything else, TLS settings above all, passes through to the
 * driver untouched.
 */
final class UrlPolicy {
    /**
     * Driver settings that would let a server read local files: MySQL Connector/J's three, and MariaDB
     * Connector/J's name for the first (the legacy driver, which takes jdbc:mysql: URLs too). A host-level setting ({@code (host=h,allowLoadLocalInfile=true)})
     * wins over the properties the toolkit passes, so forcing them off is not enough: the URL is refused.
     */
    private static final List<String> LOCAL_FILE_SETTINGS = List.of(
            "allowloadlocalinfile", "allowurlinlocalinfile", "allowlocalinfile", "allowloadlocalinfileinpath");
    /** The one of them that names a directory rather than switching on or off: refused whatever it says. */
    private static final String LOCAL_FILE_PATH_SETTING = "allowloadlocalinfileinpath";
    /**
     * Driver settings that set the session's state or run SQL on connect: MariaDB and MySQL Connector/J's session variables
     * (a clock of one's choosing through timestamp, a row cap through sql_select_limit, another sql_mode), MariaDB's SQL
     * run on connect (which can put a temporary table in place of a legacy one, and the read-only legacy user may create
     * them), the time zone, collation and isolation it sets on the session, and PostgreSQL's server options and schema
     * search path (a function of the same name placed before pg_catalog). Each would let a URL change what a check or a
     * gate reads.
     */
    private static final List<String> SESSION_SETTINGS = List.of("sessionvariables", "initsql", "forceconnectiontimezonetosession",
            "timezone", "connectioncollation", "transactionisolation", "options", "currentschema", "searchpath");
    /** key=value in a query string, a host block (host=h,key=v) or an address block (key=v)(key=v). */
    private static final Pattern SETTING = Pattern.compile("[?&;(,]\\s*([^=&;?(),\\s]+)\\s*=\\s*([^&;(),]*)");
    private static final Pattern PERCENT = Pattern.compile("%([0-9A-Fa-f]{2})");

    private UrlPolicy() {
    }

    /** Throws {@link UnsafeUrlException} naming every refusal; the message names the database, never the URL. */
    static void check(DatabaseRole role, String url) {
        List<String> refusals = refusals(role, url);
        if (!refusals.isEmpty()) {
            throw new UnsafeUrlException(refusals);
        }
    }

    /** Each thing the URL may not say, one sentence each, in the order found; empty when the URL is acceptable. */
    static List<String> refusals(DatabaseRole role, String url) {
        String decoded = percentDecoded(url);
        String where = role.urlOption() + " for " + JdbcUrls.hostAndDatabase(url);
        List<String> refusals = new ArrayList<>();
        if (hasPasswordInUserInfo(decoded)) {
            refusals.add(where + " holds a password (user:password@); give the user with " + role.userOption()
                    + " and the password in " + role.passwordVariable() + ", never in a URL");
        }
        Matcher setting = SETTING.matcher(decoded);
        while (setting.find()) {
            String key = setting.group(1);
            String name = key.toLowerCase(Locale.ROOT);
            if (name.contains("password") || name.contains("pwd")) {
                refusals.add(where + " holds a password (parameter " + key + "); the password comes only from "
                        + role.passwordVariable() + ", and a URL never carries one");
            } else if (LOCAL_FILE_SETTINGS.contains(name)
                    && (name.equals(LOCAL_FILE_PATH_SETTING) || !isOff(setting.group(2)))) {
                refusals.add(where + " sets " + key + "; the toolkit never lets a database server read local files, "
                        + "so a URL may not turn LOCAL INFILE on");
            } else if (SESSION_SETTINGS.contains(name)) {
                refusals.add(where + " sets " + key + "; the toolkit decides the session's state (its clock, SQL mode, "
                        + "search path and the tables it sees), so a URL may not set session variables or run SQL on connect");
            }
        }
        return refusals;
    }

    /** MySQL Connector/J reads true/false and yes/no in any case; MariaDB Connector/J refuses a "no" with an error. */
    private static boolean isOff(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("false") || v.equals("no");
    }

    /** user:password@ before any host of the authority (several hosts are separated by commas). */
    private static boolean hasPasswordInUserInfo(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return false;
        }
        start += 2;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        for (int at = authority.indexOf('@'); at >= 0; at = authority.indexOf('@', at + 1)) {
            int from = 0;
            for (int i = at - 1; i >= 0; i--) {
                if (",()".indexOf(authority.charAt(i)) >= 0) {
                    from = i + 1;
                    break;
                }
            }
            if (authority.substring(from, at).indexOf(':') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** %XX decoded as the drivers decode keys and values, so pass%77ord= is seen as password=. */
    private static String percentDecoded(String url) {
        Matcher m = PERCENT.matcher(url);
        StringBuilder out = new StringBuilder(url.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
