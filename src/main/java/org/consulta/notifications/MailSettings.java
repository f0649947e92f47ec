package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code consulta.mail.*} settings: where mail goes, and how often the sender looks. */
@ApplicationScoped
public class MailSettings {
  @Inject
  @ConfigProperty(name = "consulta.mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "consulta.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "consulta.mail.port", defaultValue = "587")
  int port;

  /** {@code starttls} (upgrade on the submission port), {@code ssl} (port 465) or {@code none}. */
  @Inject
  @ConfigProperty(name = "consulta.mail.tls", defaultValue = "starttls")
  String tls;

  @Inject
  @ConfigProperty(name = "consulta.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "consulta.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "consulta.mail.from", defaultValue = "consulta@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "consulta.mail.base-url", defaultValue = "http://localhost:8080/")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "consulta.mail.digest-seconds", defaultValue = "3600")
  long digestSeconds;

  @Inject
  @ConfigProperty(name = "consulta.mail.poll-seconds", defaultValue = "10")
  long pollSeconds;

  @Inject
  @ConfigProperty(name = "consulta.mail.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "consulta.mail.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "consulta.mail.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  public boolean enabled() {
    return enabled;
  }

  public String from() {
    return from;
  }

  /** The web application's address, ending in a slash, that links in mails start from. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  public Duration digestPeriod() {
    return Duration.ofSeconds(Math.max(1, digestSeconds));
  }

  public Duration pollPeriod() {
    return Duration.ofSeconds(Math.max(1, pollSeconds));
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  /** The wait before retry {@code attempt + 1}: doubling from the first, at most a day. */
  public Duration backoff(int attempt) {
    long seconds = Math.max(1, retrySeconds) << Math.min(Math.max(attempt - 1, 0), 20);
    return Duration.ofSeconds(Math.min(seconds, Duration.ofDays(1).toSeconds()));
  }

  /**
   * How long a claimed mail stays claimed: longer than one send can take (connect, then write),
   * after which an engine that died while sending leaves it to another.
   */
  public Duration lease() {
    return Duration.ofSeconds(4L * Math.max(1, timeoutSeconds) + 30);
  }

  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  public Optional<String> password() {
    return password;
  }

  /** Jakarta Mail session properties for this server, with timeouts so a dead one cannot hang. */
  public Properties sessionProperties() {
    Properties props = new Properties();
    String millis = Long.toString(Duration.ofSeconds(Math.max(1, timeoutSeconds)).toMillis());
    boolean ssl = "ssl".equalsIgnoreCase(tls);
    String protocol = ssl ? "smtps" : "smtp";
    props.setProperty("mail.transport.protocol", protocol);
    props.setProperty("mail." + protocol + ".host", host);
    props.setProperty("mail." + protocol + ".port", Integer.toString(port));
    props.setProperty("mail." + protocol + ".connectiontimeout", millis);
    props.setProperty("mail." + protocol + ".timeout", millis);
    props.setProperty("mail." + protocol + ".writetimeout", millis);
    props.setProperty("mail." + protocol + ".auth", Boolean.toString(user().isPresent()));
    if ("starttls".equalsIgnoreCase(tls)) {
      props.setProperty("mail.smtp.starttls.enable", "true");
      props.setProperty("mail.smtp.starttls.required", "true");
    }
    if (!"none".equalsIgnoreCase(tls)) {
      props.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return props;
  }

  public String protocol() {
    return "ssl".equalsIgnoreCase(tls) ? "smtps" : "smtp";
  }
}
