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
