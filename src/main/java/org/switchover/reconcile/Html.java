package org.switchover.reconcile;

import com.fasterxml.jackson.databind.JsonNode;

/** The few pieces of HTML every part of reconciliation.html writes the same way: escaping, status badges, JSON text. */
final class Html {
    private Html() {
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String badge(Status status) {
        return "<span class=\"status " + status.name() + "\">" + status.name() + "</span>";
    }

    /** A JSON value as escaped text, "–" when null or absent. */
    static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "–" : esc(node.asText());
    }

    /**
     * A role as one unmistakable name: role names hold commas ("Head of Service, Child Protection"), so a list of them
     * printed plainly cannot be split back; each is quoted and stands alone.
     */
    static String role(String role) {
        return "<span class=\"role\">“" + esc(role) + "”</span>";
    }

    /** An id usable in a fragment link: letters and digits, the rest as '-'. */
    static String anchor(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
