package org.consulta.publication;

/** The media type IANA registered for Akoma Ntoso documents. */
public final class AknMediaType {
  public static final String AKN = "application/akn+xml";

  private AknMediaType() {}
}
