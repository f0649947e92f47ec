package org.consulta.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogLineTest {
  @Test
  void plainValuesStandBareAndNullsAreLeftOut() {
    String line =
        LogLine.of("import")
            .with("id", 7)
            .with("source", "sample.jsonl.gz")
            .with("failure", null)
            .with("rate", 812.5)
            .toString();
    assertEquals("event=import id=7 source=sample.jsonl.gz rate=812.5", line);
  }

  @Test
  void valuesThatWouldSplitTheLineAreQuotedAndEscaped() {
    String line =
        LogLine.of("mail-failed")
            .with("error", "Couldn't connect: \"host\" a=b")
            .with("trace", "one\ntwo\\")
            .with("empty", "")
            .toString();
    assertEquals(
        "event=mail-failed error=\"Couldn't connect: \\\"host\\\" a=b\" trace=\"one\\ntwo\\\\\""
            + " empty=\"\"",
        line);
  }
}
