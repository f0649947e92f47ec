package org.consulta.revisions;

import static org.consulta.revisions.DiffOp.Kind.DELETE;
import static org.consulta.revisions.DiffOp.Kind.EQUAL;
import static org.consulta.revisions.DiffOp.Kind.INSERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedlineRendererTest {

  @Test
  void wrapsInsertionsAndDeletions() {
    assertEquals(
        "The fee is <del>ten</del><ins>twelve</ins> euros.",
        RedlineRenderer.html(
            List.of(
                new DiffOp(EQUAL, "The fee is "),
                new DiffOp(DELETE, "ten"),
                new DiffOp(INSERT, "twelve"),
                new DiffOp(EQUAL, " euros."))));
  }

  @Test
  void escapesMarkupInEveryKindOfOp() {
    assertEquals(
        "a &lt;b&gt; &amp; <del>&quot;c&quot;</del><ins>&#39;d&#39; &lt;/ins&gt;</ins>",
        RedlineRenderer.html(
            List.of(
                new DiffOp(EQUAL, "a <b> & "),
                new DiffOp(DELETE, "\"c\""),
                new DiffOp(INSERT, "'d' </ins>"))));
  }

  @Test
  void rendersNothingForNoOps() {
    assertEquals("", RedlineRenderer.html(List.of()));
  }

  @Test
  void matchesGoldenRedlineOfARevisedArticle() throws IOException {
    String before = resource("article-before.txt");
    String after = resource("article-after.txt");
    assertEquals(
        resource("article-redline.html"), RedlineRenderer.html(WordDiff.between(before, after)));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RedlineRendererTest.class.getResourceAsStream("/revisions/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
