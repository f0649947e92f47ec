package org.consulta.attachments;

/** The kinds of document a contribution may carry, each with the media type it is served as. */
public enum FileKind {
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  ODT("application/vnd.oasis.opendocument.text");

  private final String mediaType;

  FileKind(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The kind served as {@code mediaType}, as stored beside a file. */
  public static FileKind ofMediaType(String mediaType) {
    for (FileKind kind : values()) {
      if (kind.mediaType.equals(mediaType)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no file kind is served as " + mediaType);
  }
}
