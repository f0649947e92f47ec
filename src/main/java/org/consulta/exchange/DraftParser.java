package org.consulta.exchange;

import java.util.List;

/**
 * Reads a draft file, in the format of drafts/README.md, into a {@link DraftDocument}. All or
 * nothing: the first problem found is thrown.
 */
public final class DraftParser {
  /**
   * @param fileName how problems name the file, e.g. {@code parity/es.md}
   * @throws DraftFormatException at the first problem found
   */
  public DraftDocument parse(String fileName, String content) {
    // The canonical form has no trailing whitespace, so none of it can carry meaning.
    List<String> lines = content.lines().map(String::stripTrailing).toList();
    FrontMatter front = FrontMatter.read(fileName, lines);
    BodyReader.Body body = BodyReader.read(fileName, front.language(), lines, front.bodyStart());
    return new DraftDocument(
        front.law(),
        front.language().code(),
        front.title(),
        front.work(),
        front.topic(),
        body.preamble(),
        body.nodes());
  }
}
