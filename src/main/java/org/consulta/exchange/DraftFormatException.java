package org.consulta.exchange;

/**
 * A draft file that does not follow the drafts format; the message reads {@code file:line:
 * problem}.
 */
public final class DraftFormatException extends RuntimeException {
  private final String fileName;
  private final int line;
  private final String problem;

  public DraftFormatException(String fileName, int line, String problem) {
    super(fileName + ":" + line + ": " + problem);
    this.fileName = fileName;
    this.line = line;
    this.problem = problem;
  }

  public String fileName() {
    return fileName;
  }

  /** The 1-based line where the problem is. */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
