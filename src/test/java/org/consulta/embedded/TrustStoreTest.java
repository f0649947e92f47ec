package org.consulta.embedded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoreTest {
  @TempDir Path dir;

  @Test
  void theStoreReadsBackWithItsTypeAndPasswordAndHoldsOnlyUnexpiredCertificates() throws Exception {
    Path file = TrustStore.unexpired(dir.resolve("truststore.jks"));

    KeyStore store = KeyStore.getInstance(TrustStore.TYPE);
    try (var in = Files.newInputStream(file)) {
      store.load(in, TrustStore.PASSWORD.toCharArray());
    }
    var aliases = Collections.list(store.aliases());
    assertFalse(aliases.isEmpty());
    Date now = new Date();
    for (String alias : aliases) {
      assertTrue(store.isCertificateEntry(alias), alias);
      assertTrue(((X509Certificate) store.getCertificate(alias)).getNotAfter().after(now), alias);
    }
  }
}
