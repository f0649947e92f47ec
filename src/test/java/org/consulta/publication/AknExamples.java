package org.consulta.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Akoma Ntoso documents of {@code src/test/resources/akn} (see the README there). */
final class AknExamples {
  private AknExamples() {}

  static byte[] bytes(String name) {
    try (InputStream in = AknExamples.class.getResourceAsStream("/akn/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test document " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
