package org.consulta.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/** Creates and manages accounts, and checks passwords. */
@ApplicationScoped
@Transactional
public class Accounts {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final int MIN_PASSWORD = 10;

  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private Clock clock;
  private String decoyHash;

  @PostConstruct
  void configureHash() {
    passwordHash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "100000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
    decoyHash = passwordHash.generate(Secrets.random(15).toCharArray());
  }

  public Account create(String username, String displayName, String password, Set<Role> roles) {
    if (!USERNAME.matcher(username).matches()) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT,
          "username",
          "a username is 2 to 64 lower-case letters, digits, '.', '_' or '-'");
    }
    checkPassword("password", password);
    if (roles.isEmpty()) {
      throw DomainException.invalid(
          ProblemCode.REQUIRED, "roles", "an account needs at least one role");
    }
    if (find(username).isPresent()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          ProblemCode.TAKEN,
          "username",
          "username '" + username + "' is taken",
          Map.of());
    }
    var account =
        new Account(
            username,
            displayName,
            passwordHash.generate(password.toCharArray()),
            roles,
            clock.instant());
    em.persist(account);
    return account;
  }

  public List<Account> all() {
    return em.createQuery("select a from Account a order by a.username", Account.class)
        .getResultList();
  }

  /**
   * The display names of these usernames, so that screens name people rather than accounts; a
   * username with no account has no entry.
   */
  public Map<String, String> displayNames(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select a from Account a where a.username in :u", Account.class)
        .setParameter("u", usernames)
        .getResultStream()
        .collect(Collectors.toMap(Account::username, Account::displayName));
  }

  public Optional<Account> find(String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The account whose password this is. An unknown username costs a hash check too, so that the
   * time taken does not tell which usernames exist.
   */
  public Optional<Account> byPassword(String username, String password) {
    Optional<Account> account = find(username);
    String hash = account.map(Account::passwordHash).orElse(decoyHash);
    boolean matches = passwordHash.verify(password.toCharArray(), hash);
    return account.filter(a -> matches);
  }

  /**
   * Sets a password chosen by its owner. The account's other browser sessions end (a change often
   * means the old password leaked) but the one it was made from stays, and so do API tokens: each
   * is a separate credential its owner lists and revokes one by one, and scripts should not break
   * silently.
   */
  public void changePassword(Account account, String password, Optional<String> keptSession) {
    Account managed = replacePassword(account, "newPassword", password);
    em.createQuery("delete from BrowserSession s where s.account = :a and s.tokenHash <> :kept")
        .setParameter("a", managed)
        .setParameter("kept", keptSession.map(Secrets::sha256).orElse(""))
        .executeUpdate();
  }

  /**
   * An administrator's reset, for a forgotten password or a taken-over account: every browser
   * session and API token of the account ends, so whoever held them must log in anew.
   */
  public void resetPassword(String username, String password) {
    Account account = existing(username);
    replacePassword(account, "password", password);
    endSessions(account);
    em.createQuery("delete from ApiToken t where t.account = :a")
        .setParameter("a", account)
        .executeUpdate();
  }

  /** What an administrator changes in an account; an empty field stays as it is. */
  public record Change(
      Optional<Boolean> enabled, Optional<Set<Role>> roles, Optional<String> displayName) {
    public boolean isEmpty() {
      return enabled.isEmpty() && roles.isEmpty() && displayName.isEmpty();
    }
  }

  /**
   * Applies {@code change} made by the administrator {@code by}, who can neither disable themselves
   * nor drop their own admin role (the last administrator would lock everyone out). Disabling ends
   * the account's browser sessions; its tokens are refused.
   */
  public Account change(String username, Change change, String by) {
    boolean self = username.equals(by);
    if (self && change.enabled().equals(Optional.of(false))) {
      throw new DomainException(
          DomainException.Reason.CONFLICT, "enabled", "an administrator cannot disable themselves");
    }
    if (self && change.roles().filter(roles -> !roles.contains(Role.ADMIN)).isPresent()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "roles",
          "an administrator cannot take away their own admin role");
    }
    Account account = existing(username);
    change.roles().ifPresent(account::setRoles);
    change.displayName().ifPresent(account::setDisplayName);
    change
        .enabled()
        .ifPresent(
            enabled -> {
              account.setEnabled(enabled);
              if (!enabled) {
                endSessions(account);
              }
            });
    return account;
  }

  public Account existing(String username) {
    return find(username)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Reason.NOT_FOUND, "username", "no account '" + username + "'"));
  }

  /** Returns the managed account: merging the caller's copy again would undo the change. */
  private Account replacePassword(Account account, String field, String password) {
    checkPassword(field, password);
    Account managed = em.merge(account);
    managed.replacePasswordHash(passwordHash.generate(password.toCharArray()));
    return managed;
  }

  private void endSessions(Account account) {
    em.createQuery("delete from BrowserSession s where s.account = :a")
        .setParameter("a", account)
        .executeUpdate();
  }

  private static void checkPassword(String field, String password) {
    if (password.length() < MIN_PASSWORD) {
      throw DomainException.invalid(
          ProblemCode.TOO_SHORT,
          field,
          "a password needs at least " + MIN_PASSWORD + " characters");
    }
  }

  static String generatePassword() {
    return Secrets.random(15);
  }
}
