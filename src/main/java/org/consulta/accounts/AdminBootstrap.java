package org.consulta.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, creates the {@code admin} account. Its password comes from configuration or
 * is generated and printed this once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject private Accounts accounts;

  @Inject
  @ConfigProperty(name = "consulta.admin.password")
  private Optional<String> configuredPassword;

  @PostConstruct
  void ensureAdmin() {
    if (accounts.find("admin").isPresent()) {
      return;
    }
    String password = configuredPassword.orElseGet(Accounts::generatePassword);
    accounts.create("admin", "Administrator", password, Set.of(Role.ADMIN, Role.DRAFTER));
    if (configuredPassword.isEmpty()) {
      // A first start's notice, not a fault: a warning would be one more to learn to ignore.
      LOG.info(
          "Created the account 'admin' with the generated password: "
              + password
              + " (shown once; set consulta.admin.password to choose it)");
    }
  }
}
