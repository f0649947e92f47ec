package org.consulta.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.consulta.platform.DomainException;
import org.consulta.platform.FirstStartLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, creates the {@code admin} account. Its password comes from configuration or
 * is generated and printed this once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// The account is committed while the first start's lock is held, not after this returns.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject private Accounts accounts;
  @Inject private FirstStartLock firstStart;

  @Inject
  @ConfigProperty(name = "consulta.admin.password")
  private Optional<String> configuredPassword;

  @PostConstruct
  void start() {
    firstStart.run(this::ensureAdmin);
  }

  private void ensureAdmin() {
    if (accounts.find("admin").isPresent()) {
      return;
    }
    String password = configuredPassword.orElseGet(Accounts::generatePassword);
    try {
      accounts.create("admin", "Administrator", password, Set.of(Role.ADMIN, Role.DRAFTER));
    } catch (DomainException e) {
      // The operator reads this in the log of a start that stops: name what they must change.
      throw new IllegalStateException("consulta.admin.password: " + e.getMessage(), e);
    }
    if (configuredPassword.isEmpty()) {
      // A first start's notice, not a fault: a warning would be one more to learn to ignore.
      LOG.info(
          "Created the account 'admin' with the generated password: "
              + password
              + " (shown once; set consulta.admin.password to choose it)");
    }
  }
}
