package org.consulta.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The closed set of problem codes: documented and translated (the API contracts check that every
 * problem body carries one).
 */
class ProblemCodeTest {

  @Test
  void everyCodeHasASpanishAndAnEnglishMessageInTheWebApplication() throws IOException {
    String catalogue = Files.readString(Path.of("src/main/webapp/app/i18n.js"));
    for (ProblemCode code : ProblemCode.values()) {
      Matcher messages = Pattern.compile("'problem\\." + code.wire() + "': ").matcher(catalogue);
      assertEquals(2, messages.results().count(), () -> "es and en messages for " + code.wire());
    }
  }

  @Test
  void everyCodeIsInTheReadmeTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (ProblemCode code : ProblemCode.values()) {
      assertTrue(readme.contains("`" + code.wire() + "`"), code.wire());
    }
  }

  @Test
  void aReasonAloneGivesItsGeneralCode() {
    var notFound = new DomainException(DomainException.Reason.NOT_FOUND, "law", "no law x");
    assertEquals(ProblemCode.NOT_FOUND, notFound.code());
    var stale = new DomainException(DomainException.Reason.PRECONDITION_FAILED, null, "changed");
    assertEquals("stale", stale.code().wire());
  }
}
