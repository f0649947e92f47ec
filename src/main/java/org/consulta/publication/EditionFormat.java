package org.consulta.publication;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consulta.platform.DomainException;

/** The formats an edition is published in, with the media type and file extension of each. */
public enum EditionFormat {
  JSON("application/json", "json", false),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true),
  /** The print edition: a standalone page with its print stylesheet, for a browser to print. */
  HTML("text/html; charset=UTF-8", "html", false),
  PDF("application/pdf", "pdf", true),
  /** Akoma Ntoso 3.0: one language per document, and no form for a comparative table. */
  AKN("application/akn+xml", "xml", true);

  private final String mediaType;
  private final String extension;
  private final boolean download;

  EditionFormat(String mediaType, String extension, boolean download) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.download = download;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Whether the format sets two languages side by side; an Akoma Ntoso document holds one. */
  public boolean bilingual() {
    return this != AKN;
  }

  /** Whether a comparative table can be written in the format. */
  public boolean comparison() {
    return this != AKN;
  }

  /** Whether a browser should save the file rather than show it. */
  public boolean download() {
    return download;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EditionFormat parse(String field, String code) {
    return Arrays.stream(values())
        .filter(format -> format.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.invalid(
                    field,
                    "unknown format '"
                        + code
                        + "' ("
                        + Arrays.stream(values())
                            .map(EditionFormat::code)
                            .collect(Collectors.joining(", "))
                        + ")"));
  }
}
