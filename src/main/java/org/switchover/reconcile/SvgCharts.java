package org.switchover.reconcile;

import java.util.List;

/**
 * The report's pictures, drawn as inline SVG by the toolkit (no script, nothing fetched, prints as it shows): a service
 * area's funnel from legacy rows to loaded / excluded / rejected, and the headlines' legacy against target bars.
 * Every figure drawn is also written as text beside it, so the picture is never the only place a number is.
 */
final class SvgCharts {
    static final String LOADED_COLOUR = "#2e7d32";
    static final String EXCLUDED_COLOUR = "#9e9e9e";
    static final String REJECTED_COLOUR = "#e65100";
    static final String LEGACY_COLOUR = "#5c6bc0";
    static final String TARGET_COLOUR = "#26a69a";
    private static final int WIDTH = 640;
    private static final int BAR = 26;
    /** A share this small still gets a visible sliver: a single rejected row must show. */
    private static final double MIN_VISIBLE = 3;

    private SvgCharts() {
    }

    /** Legacy rows on top, narrowing to what became of them: loaded, excluded by a rule, rejected with a reason. */
    static String funnel(String area, List<CheckOutcome.MappingCountsResult> counts) {
        long legacy = counts.stream().mapToLong(CheckOutcome.MappingCountsResult::legacyCount).sum();
        long loaded = counts.stream().mapToLong(CheckOutcome.MappingCountsResult::loaded).sum();
        long excluded = counts.stream().mapToLong(CheckOutcome.MappingCountsResult::excluded).sum();
        long rejected = counts.stream().mapToLong(CheckOutcome.MappingCountsResult::rejected).sum();
        long accounted = Math.max(1, loaded + excluded + rejected);
        double full = WIDTH - 20;
        double loadedWidth = share(loaded, accounted, full);
        double excludedWidth = share(excluded, accounted, full);
        double rejectedWidth = share(rejected, accounted, full);
        double scale = full / Math.max(full, loadedWidth + excludedWidth + rejectedWidth);
        loadedWidth *= scale;
        excludedWidth *= scale;
        rejectedWidth *= scale;
        StringBuilder svg = new StringBuilder("<svg class=\"funnel\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"150\" viewBox=\"0 0 ")
                .append(WIDTH).append(" 150\"><title>").append(Html.esc(area)).append(": ")
                .append(legacy).append(" legacy rows, ").append(loaded).append(" loaded, ").append(excluded).append(" excluded, ")
                .append(rejected).append(" rejected</title>");
        rect(svg, 10, 20, full, LEGACY_COLOUR);
        label(svg, 14, 38, "legacy rows: " + legacy, "#fff");
        svg.append("<polygon points=\"10,").append(20 + BAR).append(' ').append(10 + full).append(',').append(20 + BAR).append(' ')
                .append(10 + full).append(",90 10,90\" fill=\"#e8eaf6\"/>");
        double x = 10;
        rect(svg, x, 90, loadedWidth, LOADED_COLOUR);
        rect(svg, x + loadedWidth, 90, excludedWidth, EXCLUDED_COLOUR);
        rect(svg, x + loadedWidth + excludedWidth, 90, rejectedWidth, REJECTED_COLOUR);
        label(svg, 10, 136, "■ loaded " + loaded, LOADED_COLOUR);
        label(svg, 200, 136, "■ excluded by a rule " + excluded, "#616161");
        label(svg, 420, 136, "■ rejected " + rejected, REJECTED_COLOUR);
        return svg.append("</svg>").toString();
    }

    /** One pair of bars per headline: legacy truth and what the target holds, on one scale. */
    static String headlineBars(List<String> labels, List<long[]> legacyAndTarget) {
        long max = Math.max(1, legacyAndTarget.stream().mapToLong(p -> Math.max(p[0], p[1])).max().orElse(1));
        int rowHeight = 2 * BAR + 30;
        int height = labels.size() * rowHeight + 10;
        double full = WIDTH - 230;
        StringBuilder svg = new StringBuilder("<svg id=\"headline-bars\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\"><title>Headlines: legacy against target</title>");
        for (int i = 0; i < labels.size(); i++) {
            int y = 10 + i * rowHeight;
            long[] pair = legacyAndTarget.get(i);
            label(svg, 0, y + 12, labels.get(i), "#222");
            rect(svg, 150, y + 16, share(pair[0], max, full), LEGACY_COLOUR);
            label(svg, 156 + share(pair[0], max, full), y + 34, "legacy " + pair[0], LEGACY_COLOUR);
            rect(svg, 150, y + 16 + BAR, share(pair[1], max, full), TARGET_COLOUR);
            label(svg, 156 + share(pair[1], max, full), y + 34 + BAR, "target " + pair[1], TARGET_COLOUR);
        }
        return svg.append("</svg>").toString();
    }

    /** One figure across runs, oldest first: a bar per run with its value above and the run id below. */
    static String series(String title, List<String> runs, List<Long> values, String colour) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int step = 44;
        int width = Math.max(160, 20 + runs.size() * step);
        StringBuilder svg = new StringBuilder("<svg class=\"trend\" role=\"img\" width=\"").append(width).append("\" height=\"150\" viewBox=\"0 0 ")
                .append(width).append(" 150\"><title>").append(Html.esc(title)).append("</title>");
        label(svg, 4, 14, title, "#222");
        for (int i = 0; i < runs.size(); i++) {
            double height = values.get(i) == 0 ? 0 : Math.max(MIN_VISIBLE, 90.0 * values.get(i) / max);
            double x = 10 + i * step;
            svg.append("<rect x=\"").append(round(x)).append("\" y=\"").append(round(120 - height)).append("\" width=\"30\" height=\"")
                    .append(round(height)).append("\" fill=\"").append(colour).append("\"/>");
            label(svg, x, 116 - height, String.valueOf(values.get(i)), "#222");
            label(svg, x, 138, "run " + runs.get(i), "#555");
        }
        return svg.append("</svg>").toString();
    }

    private static double share(long part, long whole, double width) {
        return part == 0 ? 0 : Math.max(MIN_VISIBLE, width * part / whole);
    }

    private static void rect(StringBuilder svg, double x, double y, double width, String colour) {
        svg.append("<rect x=\"").append(round(x)).append("\" y=\"").append(round(y)).append("\" width=\"").append(round(width))
                .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\"/>");
    }

    private static void label(StringBuilder svg, double x, double y, String text, String colour) {
        svg.append("<text x=\"").append(round(x)).append("\" y=\"").append(round(y)).append("\" fill=\"").append(colour)
                .append("\" font-size=\"13\">").append(Html.esc(text)).append("</text>");
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
