package org.consulta.consultation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consulta.platform.DomainException;

/** The forms of a consultation report: the model itself, a spreadsheet, a page, paper, Word. */
public enum ReportFormat {
  JSON("application/json", "json", false),
  CSV("text/csv; charset=UTF-8", "csv", true),
  HTML("text/html; charset=UTF-8", "html", false),
  PDF("application/pdf", "pdf", true),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true);

  private final String mediaType;
  private final String extension;
  private final boolean download;

  ReportFormat(String mediaType, String extension, boolean download) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.download = download;
  }

  /** The format the {@code format} parameter names; none gives JSON. */
  public static ReportFormat parse(String field, String code) {
    if (code == null || code.isBlank()) {
      return JSON;
    }
    return Arrays.stream(values())
        .filter(f -> f.extension.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.invalid(
                    field,
                    "a report is in "
                        + Arrays.stream(values())
                            .map(f -> "'" + f.extension + "'")
                            .collect(Collectors.joining(", "))));
  }

  public String mediaType() {
    return mediaType;
  }

  /** Files a reader keeps are downloaded; the model and the page open in the browser. */
  public boolean download() {
    return download;
  }

  /** Whether rendering takes a renderer's time, bounded like editions. */
  public boolean laidOut() {
    return this == PDF || this == DOCX;
  }

  public String extension() {
    return extension;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
