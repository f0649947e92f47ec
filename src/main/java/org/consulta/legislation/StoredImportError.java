package org.consulta.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A listed import error as the database keeps it, cut to its columns' lengths. */
@Embeddable
public class StoredImportError {
  @Column(name = "line_number")
  private long line;

  private String field;
  private String message;

  protected StoredImportError() {}

  StoredImportError(ImportError error) {
    this.line = error.line();
    this.field = cut(error.field(), 100);
    this.message = cut(error.message(), 2000);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  ImportError toError() {
    return new ImportError(line, field, message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredImportError that
        && line == that.line
        && Objects.equals(field, that.field)
        && Objects.equals(message, that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, field, message);
  }
}
