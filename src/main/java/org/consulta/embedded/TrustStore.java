package org.consulta.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;

/**
 * The certificates the engine trusts for outgoing TLS (a mail server): the JDK's, without those
 * that have expired. Payara Micro checks the dates of every certificate in its trust store at start
 * and logs each expired one as a warning; an expired authority can vouch for nothing, so it is left
 * out rather than logged.
 *
 * <p>The store is a JKS file: it holds public certificates only, and PKCS #12 would protect them
 * with a password-derived key (PBKDF2, 10,000 rounds) both when written and when read, which JFR
 * showed as 2% of the CPU of every start.
 */
final class TrustStore {
  static final String PASSWORD = "changeit";
  static final String TYPE = "JKS";

  private TrustStore() {}

  /** Writes the JDK's unexpired certificates to {@code file} and returns it. */
  static Path unexpired(Path file) throws IOException {
    Path jdk = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    try {
      KeyStore source = KeyStore.getInstance(jdk.toFile(), PASSWORD.toCharArray());
      KeyStore kept = KeyStore.getInstance(TYPE);
      kept.load(null, null);
      Date now = new Date();
      for (String alias : Collections.list(source.aliases())) {
        Certificate certificate = source.getCertificate(alias);
        if (certificate instanceof X509Certificate x509 && x509.getNotAfter().after(now)) {
          kept.setCertificateEntry(alias, certificate);
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        kept.store(out, PASSWORD.toCharArray());
      }
      return file;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot read the JDK's trusted certificates at " + jdk, e);
    }
  }
}
