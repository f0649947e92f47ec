package org.consulta.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs axe-core's WCAG 2 A and AA rules (2.0 to 2.2, so target sizes for phones too) and its best
 * practices (landmarks, heading order) on what a {@link Browser} shows. The script comes from the
 * axe-core WebJar on the test classpath and is injected into the page the first time it is needed.
 */
final class AxeAudit {
  private static final String WEBJAR = "/META-INF/maven/org.webjars.npm/axe-core/pom.properties";
  private static final String SCRIPT = script();
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
        resultTypes: ['violations'],
      }).then(
        (result) => done(result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({rule: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map((n) => n.target.join(' '))}))),
        (error) => done(String(error)));
      """;

  /** A rule the page breaks, with the CSS selectors of the elements that break it. */
  record Violation(String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return rule + " (" + impact + "): " + help + " — " + String.join(", ", targets);
    }
  }

  private AxeAudit() {}

  /** The violations of impact serious or critical on the page as it is now. */
  static List<Violation> seriousViolations(Browser browser) {
    var driver = browser.driver();
    if (Boolean.FALSE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
      driver.executeScript(SCRIPT);
    }
    Object result = driver.executeAsyncScript(RUN);
    if (!(result instanceof List<?> found)) {
      throw new IllegalStateException("axe-core failed: " + result);
    }
    return found.stream().map(v -> violation((Map<?, ?>) v)).toList();
  }

  private static Violation violation(Map<?, ?> found) {
    return new Violation(
        (String) found.get("rule"),
        (String) found.get("impact"),
        (String) found.get("help"),
        ((List<?>) found.get("targets")).stream().map(String::valueOf).toList());
  }

  private static String script() {
    try (InputStream pom = AxeAudit.class.getResourceAsStream(WEBJAR)) {
      var properties = new Properties();
      properties.load(pom);
      String path =
          "/META-INF/resources/webjars/axe-core/"
              + properties.getProperty("version")
              + "/axe.min.js";
      try (InputStream in = AxeAudit.class.getResourceAsStream(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
