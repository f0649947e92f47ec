package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Compares a print page with its golden file, stylesheet left out: the stylesheets are files of
 * their own under src/main/resources/publication, and a copy of them in every golden would only
 * repeat them. On a difference the new page is written under target/golden/ to review and copy.
 */
final class GoldenPage {
  private static final Pattern STYLE = Pattern.compile("<style>.*?</style>", Pattern.DOTALL);

  private GoldenPage() {}

  static void assertMatches(Path golden, String xhtml) throws IOException {
    String actual = STYLE.matcher(xhtml).replaceFirst("<style>…</style>");
    String expected = Files.exists(golden) ? Files.readString(golden) : "";
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden").resolve(golden.getFileName());
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertEquals(expected, actual, golden.toString());
  }
}
