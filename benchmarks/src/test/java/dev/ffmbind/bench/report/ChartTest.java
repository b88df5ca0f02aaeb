package dev.ffmbind.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ffmbind.bench.report.PerformanceReport.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG chart: well-formed, log-scaled, one bar per result, and docs' copy is current. */
class ChartTest {

  private static Result result(String operation, String approach, double ns) {
    return new Result(operation, "", approach, ns, 0, 0, 1, 3);
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** Bar widths by the bar's tooltip. */
  private static List<Double> widths(Document doc) {
    NodeList rects = doc.getElementsByTagName("rect");
    List<Double> widths = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getElementsByTagName("title").getLength() == 1) {
        widths.add(Double.parseDouble(rect.getAttribute("width")));
      }
    }
    return widths;
  }

  @Test
  void barsAreOnALogScale() throws Exception {
    List<Result> results =
        List.of(
            result("ScalarBench", "ffmbindYaml", 20),
            result("ScalarBench", "ffmHand", 200),
            result("ScalarBench", "jnaInterface", 2000));
    String svg = Chart.svg(PerformanceReport.table(results), PerformanceReport.columns(results));
    List<Double> w = widths(parse(svg));
    assertEquals(3, w.size(), svg);
    // The axis runs from 10 ns to 10 µs; each tenfold step adds the same width.
    assertEquals(w.get(2) - w.get(1), w.get(1) - w.get(0), 0.2, w.toString());
    assertEquals(Chart.PLOT_WIDTH / 3.0, w.get(1) - w.get(0), 0.2, w.toString());
    assertTrue(svg.contains(">ffmbind YAML<") && svg.contains(">JNA interface<"), svg);
    assertTrue(svg.contains(">10 ns<") && svg.contains(">10 µs<"), svg);
  }

  @Test
  void theCommittedResultsGiveTheDocsChart() throws Exception {
    // docs/performance.md names the suite it was made from; run.sh keeps that suite's results.
    java.util.regex.Matcher mode =
        java.util.regex.Pattern.compile("mode `(\\w+)`")
            .matcher(Files.readString(Path.of("../docs/performance.md")));
    assertTrue(mode.find(), "docs/performance.md names no mode");
    Path json = Path.of("results", mode.group(1) + ".json");
    List<Result> results = PerformanceReport.parse(new ObjectMapper().readTree(json.toFile()));
    Map<String, Map<String, Result>> rows = PerformanceReport.table(results);
    String svg = Chart.svg(rows, PerformanceReport.columns(results));
    Document doc = parse(svg);
    long bars =
        rows.values().stream()
            .mapToLong(row -> Chart.bars(row, PerformanceReport.columns(results)).size())
            .sum();
    assertEquals(bars, widths(doc).size());
    assertEquals(
        svg,
        Files.readString(Path.of("../docs/performance.svg")),
        "docs/performance.svg is not the chart of benchmarks/"
            + json
            + "; regenerate it"
            + " with the PerformanceReport command in docs/performance.md, 'Reproduce'");
  }
}
