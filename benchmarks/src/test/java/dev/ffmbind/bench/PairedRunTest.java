package dev.ffmbind.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paired runner runs real benchmarks, with their setup, and prints one line per approach. */
class PairedRunTest {

  @Test
  void printsAMedianAndARatioPerApproach() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      PairedRun.main(new String[] {"HandleCallbackBench", "ffmHand,ffmbindYaml", "2", "2"});
    } finally {
      System.setOut(previous);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("ffmHand "), lines.get(0));
    assertTrue(lines.get(0).contains("ratio to ffmHand: median 1.000"), lines.get(0));
    assertTrue(lines.get(1).startsWith("ffmbindYaml "), lines.get(1));
    assertTrue(lines.get(2).startsWith("(checksum "), lines.get(2));
  }
}
