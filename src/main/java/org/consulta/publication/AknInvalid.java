package org.consulta.publication;

import java.util.Map;
import org.consulta.platform.DomainException;

/**
 * A document that is not well-formed XML or not valid Akoma Ntoso: a 400 naming the body, with the
 * line (and column) where the parser or the schema gave up, and what it said (element names without
 * the Akoma Ntoso namespace, which would otherwise fill the message).
 */
public final class AknInvalid extends DomainException {
  private final int line;

  public AknInvalid(int line, int column, String complaint) {
    super(
        Reason.INVALID,
        "body",
        (line > 0 ? "line " + line + ": " : "")
            + "not valid Akoma Ntoso 3.0: "
            + complaint.replace("\"" + AknSchema.NAMESPACE + "\":", ""),
        line > 0 ? Map.of("line", line, "column", column) : Map.of());
    this.line = line;
  }

  /** The line of the document at fault, or -1 when the parser could not say. */
  public int line() {
    return line;
  }
}
