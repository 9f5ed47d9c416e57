package org.switchover.serve;

import java.util.List;

/**
 * The few pieces serve's pages are made of. Every value is escaped here, so a legacy reference, a reason or a file name can
 * never become markup; the pages are plain server-side HTML with no scripts.
 */
final class Html {
    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;max-width:70em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left}.LAPSED,.EDITED,.FAIL,.NO_GO,.error{color:#b00;font-weight:bold}"
            + ".VALID,.GO,.unchanged{color:#060;font-weight:bold}nav{margin-bottom:1em}nav a,nav form{margin-right:1em;display:inline}"
            + "iframe{width:100%;height:32em;border:1px solid #888}.declaration{margin:1em 0;padding:1em;border:2px solid #036}";

    private Html() {
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code user} null on the sign-in page, else the navigation with the sign-out form and its token. */
    static String page(String title, Session session, String body) {
        StringBuilder nav = new StringBuilder();
        if (session != null && session.user() != null) {
            nav.append("<nav><a href=\"/\">Runs</a><form method=\"get\" action=\"/children\"><label>Child by legacy reference "
                    + "<input name=\"ref\" id=\"child-ref\" size=\"14\"></label> <button id=\"find-child\">Open</button></form>")
                    .append("<form method=\"post\" action=\"/logout\">").append(csrfField(session))
                    .append("<button id=\"sign-out\">Sign out ").append(escape(session.user().name())).append(" (")
                    .append(escape(session.user().role())).append(")</button></form></nav>");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + " — switchover</title><style>"
                + STYLE + "</style></head><body>" + nav + "<h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    static String csrfField(Session session) {
        return "<input type=\"hidden\" name=\"" + Session.CSRF_FIELD + "\" value=\"" + escape(session.csrfToken()) + "\">";
    }

    /** A table; cells are escaped unless they come from {@link Raw}. */
    static String table(String id, List<String> headings, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("<table id=\"").append(escape(id)).append("\"><tr>");
        headings.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr>");
        for (List<Object> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell instanceof Raw raw ? raw.html() : escape(cell)).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    /** Markup made by these pages from escaped parts. */
    record Raw(String html) {
    }

    static Raw link(String href, Object text) {
        return new Raw("<a href=\"" + escape(href) + "\">" + escape(text) + "</a>");
    }

    static Raw status(String word) {
        return new Raw("<span class=\"" + escape(word) + "\">" + escape(word) + "</span>");
    }
}
