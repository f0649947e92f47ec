package org.consulta.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.consulta.platform.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads an uploaded CSV file of organisations: bounded in size (a registry of thousands of
 * organisations is a few hundred kilobytes) and strictly UTF-8, so that a file saved in another
 * encoding is refused rather than imported with garbled names.
 */
@ApplicationScoped
public class OrganisationCsvUpload {
  @Inject
  @ConfigProperty(name = "consulta.organisations.max-import-bytes", defaultValue = "4194304")
  private int maxBytes;

  public String read(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      throw new DomainException(
          DomainException.Reason.TOO_LARGE,
          "body",
          "an organisations file is at most " + maxBytes + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw DomainException.invalid("body", "the file is not UTF-8; save it as CSV UTF-8");
    }
  }
}
