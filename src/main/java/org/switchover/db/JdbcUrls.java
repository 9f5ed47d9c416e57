package org.switchover.db;

import java.net.URI;

/** Small, credential-free views of JDBC URLs (host, database) and rewrites of their database part. */
final class JdbcUrls {
    private JdbcUrls() {
    }

    static String hostAndDatabase(String url) {
        URI uri = ConnectionSpec.uriOf(url);
        if (uri == null || uri.getHost() == null) {
            return "(unparseable URL)";
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getHost() + port + "/" + database(url);
    }

    static String database(String url) {
        URI uri = ConnectionSpec.uriOf(url);
        if (uri == null || uri.getPath() == null) {
            return "";
        }
        String path = uri.getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** scheme://host:port/database, without user info, and "?…" for any query string. */
    static String redacted(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int slashes = base.indexOf("//");
        int authorityStart = slashes < 0 ? 0 : slashes + 2;
        int authorityEnd = base.indexOf('/', authorityStart);
        int at = base.lastIndexOf('@', (authorityEnd < 0 ? base.length() : authorityEnd) - 1);
        if (at >= authorityStart) {
            base = base.substring(0, authorityStart) + base.substring(at + 1);
        }
        return Redaction.scrub(base) + (query < 0 ? "" : "?" + Redaction.HIDDEN);
    }

    /**
     * The user of a single-host URL's user info ({@code jdbc:mysql://reader@h/db}), or null: MySQL
     * Connector/J logs in as it, MariaDB Connector/J would take {@code reader@h} for the host name.
     */
    static String userInfo(String url) {
        int at = userInfoEnd(url);
        return at < 0 ? null : url.substring(url.indexOf("//") + 2, at);
    }

    /** The URL without a single-host user info ("reader@"); unchanged when it has none. */
    static String withoutUserInfo(String url) {
        int at = userInfoEnd(url);
        return at < 0 ? url : url.substring(0, url.indexOf("//") + 2) + url.substring(at + 1);
    }

    /** Index of the '@' that ends a single-host URL's user info, or -1. */
    private static int userInfoEnd(String url) {
        int slashes = url.indexOf("//");
        if (slashes < 0) {
            return -1;
        }
        int end = slashes + 2;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(slashes + 2, end);
        int at = authority.lastIndexOf('@');
        return at < 0 || authority.contains(",") || authority.contains("(") ? -1 : slashes + 2 + at;
    }

    /** "jdbc:mysql:" from "jdbc:mysql://...": the part that picks the driver. */
    static String scheme(String url) {
        int slashes = url.indexOf("//");
        return slashes < 0 ? "such" : url.substring(0, slashes);
    }

    static String withDatabase(String url, String database) {
        int schemeEnd = url.indexOf("//");
        int pathStart = url.indexOf('/', schemeEnd + 2);
        int queryStart = url.indexOf('?');
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        String server = pathStart < 0 ? (queryStart < 0 ? url : url.substring(0, queryStart)) : url.substring(0, pathStart);
        return server + "/" + database + query;
    }
}
