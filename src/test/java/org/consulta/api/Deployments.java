package org.consulta.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds test deployments: the WAR that {@code mvn package} built, with its
 * configuration replaced so that it uses a fresh database and the test drafts.
 */
final class Deployments {
  static final String ADMIN_PASSWORD = "admin-test-password";
  private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
  private static EmbeddedPostgres postgres;

  private Deployments() {}

  static WebArchive onH2() {
    Path data = itDir().resolve("h2-" + System.nanoTime());
    Properties config = common();
    config.setProperty("consulta.data.dir", data.toString());
    config.setProperty("consulta.db.driver", "org.h2.jdbcx.JdbcDataSource");
    config.setProperty(
        "consulta.db.url", "jdbc:h2:file:" + data + "/consulta;MODE=LEGACY;LOCK_TIMEOUT=20000");
    config.setProperty("consulta.db.user", "consulta");
    config.setProperty("consulta.db.password", "consulta");
    return war(config);
  }

  static synchronized WebArchive onPostgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(Deployments::stopPostgres));
    }
    Properties config = common();
    config.setProperty("consulta.data.dir", itDir().resolve("pg-" + System.nanoTime()).toString());
    config.setProperty("consulta.db.driver", "org.postgresql.ds.PGSimpleDataSource");
    config.setProperty("consulta.db.url", postgres.getJdbcUrl("postgres", "postgres"));
    config.setProperty("consulta.db.user", "postgres");
    config.setProperty("consulta.db.password", "postgres");
    return war(config);
  }

  private static void stopPostgres() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties common() {
    Properties config = new Properties();
    config.setProperty(
        "consulta.drafts.dir", Path.of("src/test/resources/drafts").toAbsolutePath().toString());
    config.setProperty("consulta.admin.password", ADMIN_PASSWORD);
    config.setProperty(
        "consulta.thesaurus.file", Path.of("config/thesaurus.csv").toAbsolutePath().toString());
    return config;
  }

  private static WebArchive war(Properties config) {
    File war = new File(System.getProperty("consulta.war", "target/ROOT.war"));
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "consulta.war").importFrom(war).as(WebArchive.class);
    archive.delete(CONFIG);
    var text = new StringBuilder();
    config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    return archive.add(new StringAsset(text.toString()), CONFIG);
  }

  private static Path itDir() {
    return Path.of(System.getProperty("consulta.itDir", "target/it")).toAbsolutePath();
  }
}
