package org.switchover.cli;

/** Shows a URL in a message without its query string, where a password parameter could hide. */
final class JdbcUrlText {
    private JdbcUrlText() {
    }

    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
