package org.consulta.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.consulta.platform.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: failed log-ins (and registrations of a taken username, which probe
 * for names) are counted per username and per client address, and past a few free failures each one
 * makes the next attempt wait longer. A successful log-in clears its username's count but not its
 * address's: otherwise one valid account would let an address guess at every other one. Counts live
 * in the database, so that every node of one engine counts the same failures.
 */
@ApplicationScoped
public class LogInThrottle {
  private static final String ACCOUNT = "account";
  private static final String ADDRESS = "address";

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "consulta.throttle.account.free-failures", defaultValue = "5")
  private int accountFreeFailures;

  @Inject
  @ConfigProperty(name = "consulta.throttle.address.free-failures", defaultValue = "20")
  private int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "consulta.throttle.first-delay-seconds", defaultValue = "1")
  private long firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "consulta.throttle.max-delay-seconds", defaultValue = "900")
  private long maxDelaySeconds;

  @Inject
  @ConfigProperty(name = "consulta.throttle.forget-after-minutes", defaultValue = "60")
  private long forgetAfterMinutes;

  @Inject
  @ConfigProperty(name = "consulta.throttle.max-entries", defaultValue = "10000")
  private int maxEntries;

  @Inject private FailureTable table;

  private Throttle byAccount;
  private Throttle byAddress;

  public LogInThrottle() {}

  LogInThrottle(FailureTable table, Clock clock, Throttle byAccount, Throttle byAddress) {
    this.table = table;
    this.clock = clock;
    this.byAccount = byAccount;
    this.byAddress = byAddress;
  }

  @PostConstruct
  void configure() {
    byAccount = new Throttle(settings(accountFreeFailures));
    byAddress = new Throttle(settings(addressFreeFailures));
  }

  private Throttle.Settings settings(int freeFailures) {
    return new Throttle.Settings(
        freeFailures,
        Duration.ofSeconds(firstDelaySeconds),
        Duration.ofSeconds(maxDelaySeconds),
        Duration.ofMinutes(forgetAfterMinutes),
        maxEntries);
  }

  /** Refuses the attempt, before any password is checked, while either count says wait. */
  public void check(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> wait =
        byAccount
            .waitFor(table.find(ACCOUNT, username), now)
            .or(() -> byAddress.waitFor(table.find(ADDRESS, address), now));
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
      throw new DomainException(
          DomainException.Reason.TOO_MANY_REQUESTS,
          null,
          "too many failed attempts; try again in " + seconds + " s",
          Map.of("retryAfter", seconds));
    }
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    table.fail(ACCOUNT, username, byAccount, now);
    table.fail(ADDRESS, address, byAddress, now);
  }

  public void succeeded(String username) {
    table.clear(ACCOUNT, username);
  }
}
