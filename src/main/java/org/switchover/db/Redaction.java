package org.switchover.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what a URL must not show out of a text before it reaches stderr: user info (user@ or
 * user:password@), query strings, and any key=value whose key names a password. Drivers and pools put
 * URLs into their exception messages ("No suitable driver found for jdbc:...", "Failed to get driver
 * instance for jdbcUrl=...") and echo URL values back ("The value '...' is not acceptable"); the CLI
 * passes everything it prints through here.
 */
public final class Redaction {
    /** What replaces a query string or a hidden value. */
    public static final String HIDDEN = "…";
    /** scheme(s)://authority/path?query, e.g. jdbc:mysql://u:p@h:3306/db?k=v, up to a space or a quote. */
    private static final Pattern URL = Pattern.compile(
            "\\b((?:[A-Za-z][A-Za-z0-9+.\\-]*:)+//)([^\\s/?#'\"<>]*)([^\\s?#'\"<>]*)(\\?[^\\s'\"<>]*)?");
    /** password=..., sslpassword=..., pwd=... anywhere, URL or not. */
    private static final Pattern SECRET_SETTING = Pattern.compile(
            "(?i)([A-Za-z0-9_.\\-]*(?:password|pwd)[A-Za-z0-9_.\\-]*\\s*=\\s*)[^\\s&;,()'\"]*");

    private Redaction() {
    }

    /** {@code text} with every URL's user info and query string removed and every password setting hidden. */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher url = URL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (url.find()) {
            String authority = url.group(2);
            String host = authority.substring(authority.lastIndexOf('@') + 1);
            String query = url.group(4) == null ? "" : "?" + HIDDEN;
            url.appendReplacement(out, Matcher.quoteReplacement(url.group(1) + host + url.group(3) + query));
        }
        url.appendTail(out);
        return SECRET_SETTING.matcher(out).replaceAll("$1" + HIDDEN);
    }

    /**
     * {@code text} scrubbed of one known URL: the URL itself and its query string become the redacted
     * form, each query value quoted in the text (Connector/J quotes the values it rejects) is hidden,
     * then {@link #scrub(String)} takes out anything else that looks like a URL.
     */
    static String scrub(String text, String url) {
        if (text == null) {
            return null;
        }
        String result = text.replace(url, JdbcUrls.redacted(url));
        int query = url.indexOf('?');
        if (query >= 0 && query < url.length() - 1) {
            String queryString = url.substring(query + 1);
            result = result.replace(queryString, HIDDEN);
            for (String setting : queryString.split("[&;]")) {
                int equals = setting.indexOf('=');
                String value = equals < 0 ? "" : setting.substring(equals + 1);
                if (!value.isEmpty()) {
                    result = result.replace("'" + value + "'", "'" + HIDDEN + "'").replace("\"" + value + "\"", "\"" + HIDDEN + "\"");
                }
            }
        }
        return scrub(result);
    }
}
