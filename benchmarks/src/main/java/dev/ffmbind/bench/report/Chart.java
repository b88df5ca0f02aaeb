package dev.ffmbind.bench.report;

import dev.ffmbind.bench.report.PerformanceReport.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the results as an SVG bar chart: one group per operation (a row of the report's table), one
 * horizontal bar per approach, ns/op on a logarithmic axis so that 3 ns and 3 µs fit on one
 * picture, ffmbind's two front ends first and in the strongest colours. Plain SVG 1.1 with inline
 * attributes, so GitHub and browsers render it without scripts or fonts.
 */
final class Chart {

  /** One colour per approach, in {@link PerformanceReport#APPROACHES} order. */
  static final Map<String, String> COLOURS =
      Map.of(
          "ffmbindYaml", "#08519c",
          "ffmbindAnnotated", "#4292c6",
          "ffmHand", "#238b45",
          "ffmNaive", "#a1d99b",
          "jni", "#e6550d",
          "jnr", "#d62728",
          "jnaDirect", "#756bb1",
          "jnaInterface", "#bcbddc");

  static final int WIDTH = 960;
  static final int LABEL_WIDTH = 380;
  static final int PLOT_WIDTH = 480;
  static final int BAR = 10;
  static final int BAR_GAP = 2;
  static final int GROUP_GAP = 14;
  static final int TOP = 78;

  private Chart() {}

  /**
   * The chart of {@code rows} (as {@link PerformanceReport#table}) for the approaches in {@code
   * columns}.
   */
  static String svg(Map<String, Map<String, Result>> rows, List<String> columns) {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (Map<String, Result> row : rows.values()) {
      for (Result r : row.values()) {
        if (r.nsPerOp() > 0 && !Double.isNaN(r.nsPerOp())) {
          min = Math.min(min, r.nsPerOp());
          max = Math.max(max, r.nsPerOp());
        }
      }
    }
    if (max == 0) {
      throw new IllegalArgumentException("no positive scores to draw");
    }
    int lowDecade = (int) Math.floor(Math.log10(min));
    int highDecade = (int) Math.ceil(Math.log10(max));
    if (highDecade == lowDecade) {
      highDecade++;
    }
    Axis axis = new Axis(lowDecade, highDecade);

    int height = TOP;
    for (Map<String, Result> row : rows.values()) {
      height += bars(row, columns).size() * (BAR + BAR_GAP) + GROUP_GAP;
    }
    height += 30;

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    svg.append("<title>ffmbind and its peers: ns per operation, log scale</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">")
        .append("ns per operation, logarithmic scale (shorter is faster)</text>\n");
    legend(svg, columns);

    // Decade grid lines and labels.
    int bottom = height - 30;
    for (int d = lowDecade; d <= highDecade; d++) {
      double x = axis.x(Math.pow(10, d));
      svg.append(line(x, TOP - 8, x, bottom, "#dddddd"));
      svg.append(text(x, bottom + 14, "middle", "#555555", decade(d)));
      svg.append(text(x, TOP - 12, "middle", "#555555", decade(d)));
    }

    int y = TOP;
    for (Map<String, Result> row : rows.values()) {
      List<Result> bars = bars(row, columns);
      int groupHeight = bars.size() * (BAR + BAR_GAP);
      svg.append(
          text(
              LABEL_WIDTH - 8,
              y + groupHeight / 2.0 + 4,
              "end",
              "#000000",
              PerformanceReport.label(bars.get(0)).replace("`", "")));
      for (Result r : bars) {
        double w = axis.x(r.nsPerOp()) - LABEL_WIDTH;
        svg.append("<rect x=\"")
            .append(LABEL_WIDTH)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(fmt(Math.max(w, 1)))
            .append("\" height=\"")
            .append(BAR)
            .append("\" fill=\"")
            .append(COLOURS.getOrDefault(r.approach(), "#999999"))
            .append("\"><title>")
            .append(escape(PerformanceReport.APPROACHES.get(r.approach())))
            .append(": ")
            .append(escape(PerformanceReport.formatNs(r.nsPerOp())))
            .append(" ns</title></rect>\n");
        svg.append(
            text(
                LABEL_WIDTH + Math.max(w, 1) + 4,
                y + BAR - 1,
                "start",
                "#333333",
                PerformanceReport.formatNs(r.nsPerOp())));
        y += BAR + BAR_GAP;
      }
      y += GROUP_GAP;
      svg.append(line(10, y - GROUP_GAP / 2.0, WIDTH - 10, y - GROUP_GAP / 2.0, "#f0f0f0"));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The row's results in column order, skipping approaches it has no result for. */
  static List<Result> bars(Map<String, Result> row, List<String> columns) {
    List<Result> bars = new ArrayList<>();
    for (String c : columns) {
      Result r = row.get(c);
      if (r != null && r.nsPerOp() > 0 && !Double.isNaN(r.nsPerOp())) {
        bars.add(r);
      }
    }
    return bars;
  }

  /** Maps ns/op to x on the log axis from 10^low to 10^high. */
  record Axis(int lowDecade, int highDecade) {
    double x(double ns) {
      double fraction = (Math.log10(ns) - lowDecade) / (highDecade - lowDecade);
      return LABEL_WIDTH + fraction * PLOT_WIDTH;
    }
  }

  private static void legend(StringBuilder svg, List<String> columns) {
    double x = 10;
    for (String c : columns) {
      String name = PerformanceReport.APPROACHES.get(c);
      svg.append("<rect x=\"")
          .append(fmt(x))
          .append("\" y=\"32\" width=\"10\" height=\"10\" fill=\"")
          .append(COLOURS.getOrDefault(c, "#999999"))
          .append("\"/>\n");
      svg.append(text(x + 14, 41, "start", "#000000", name));
      x += 14 + name.length() * 6.2 + 14;
    }
  }

  static String decade(int d) {
    return switch (d) {
      case 0 -> "1 ns";
      case 1 -> "10 ns";
      case 2 -> "100 ns";
      case 3 -> "1 µs";
      case 4 -> "10 µs";
      case 5 -> "100 µs";
      case 6 -> "1 ms";
      default -> "1e" + d + " ns";
    };
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + colour
        + "\"/>\n";
  }

  private static String text(double x, double y, String anchor, String colour, String content) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" fill=\""
        + colour
        + "\">"
        + escape(content)
        + "</text>\n";
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
