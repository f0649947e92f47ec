package org.consulta.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.consulta.drafting.Division;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawExpression;

/**
 * Names the rendering of recorded versions, without rendering it: the document (the version, or the
 * two versions compared and how), languages and format, the engine build (a new renderer makes new
 * files) and what the version does not record itself (titles, preambles, divisions), so that a
 * change to any of them names a new file.
 */
final class EditionKey {
  private EditionKey() {}

  static String of(
      Law law,
      List<Division> divisions,
      String document,
      List<Language> languages,
      EditionFormat format,
      String build) {
    StringBuilder key = new StringBuilder();
    key.append(law.slug()).append('\n').append(law.workUri()).append('\n').append(document);
    key.append('\n').append(languages).append('\n').append(format).append('\n').append(build);
    for (LawExpression expression : law.expressions()) {
      key.append('\n').append(expression.lang()).append('\t').append(expression.title());
      key.append('\t').append(expression.preamble());
    }
    for (Division d : divisions) {
      key.append('\n').append(d.eId()).append('\t').append(d.kind()).append('\t');
      key.append(d.parent() == null ? "" : d.parent().eId()).append('\t').append(d.ordinal());
      for (Language lang : languages) {
        key.append('\t').append(d.heading(lang));
      }
    }
    return sha256(key.toString());
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
