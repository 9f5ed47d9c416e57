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

    static String withDatabase(String url, String database) {
        int schemeEnd = url.indexOf("//");
        int pathStart = url.indexOf('/', schemeEnd + 2);
        int queryStart = url.indexOf('?');
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        String server = pathStart < 0 ? (queryStart < 0 ? url : url.substring(0, queryStart)) : url.substring(0, pathStart);
        return server + "/" + database + query;
    }
}
