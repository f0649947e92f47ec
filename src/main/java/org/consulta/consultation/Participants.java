package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.consulta.accounts.Account;
import org.consulta.accounts.Accounts;
import org.consulta.accounts.Role;
import org.consulta.organisations.Organisation;
import org.consulta.organisations.Organisations;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/** Self-registration of consultation participants, and who they are. */
@ApplicationScoped
@Transactional
public class Participants {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Organisations organisations;
  @Inject private Clock clock;

  /**
   * What a person gives to take part in consultations: the organisation they speak for, by its id
   * in the registry or by a name to propose, or neither when they speak for themselves.
   */
  public record Registration(
      String username,
      String displayName,
      String password,
      String email,
      Long organisationId,
      String organisation,
      String country,
      Sector sector) {}

  public Participant register(Registration form) {
    if (!EMAIL.matcher(form.email()).matches()) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT, "email", "'" + form.email() + "' is not an e-mail address");
    }
    if (!COUNTRIES.contains(form.country())) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT,
          "country",
          "'" + form.country() + "' is not an ISO 3166-1 alpha-2 country code, such as MX or BR");
    }
    if (form.organisationId() != null && form.organisation() != null) {
      throw DomainException.invalid(
          "organisation",
          "give organisationId (one in the registry) or organisation (a new name), not both");
    }
    Organisation memberOf =
        form.organisationId() == null ? null : organisations.forMember(form.organisationId());
    Account account =
        accounts.create(
            form.username(), form.displayName(), form.password(), Set.of(Role.PARTICIPANT));
    if (form.organisation() != null) {
      memberOf =
          organisations.proposed(
              form.organisation(), form.country(), form.sector(), form.username());
    }
    var participant =
        new Participant(
            account, form.email(), memberOf, form.country(), form.sector(), clock.instant());
    em.persist(participant);
    return participant;
  }

  public Optional<Participant> of(Account account) {
    return Optional.ofNullable(em.find(Participant.class, account.id()));
  }

  /** The participants among {@code accounts}, for labelling what they wrote. */
  public List<Participant> of(Collection<Account> accounts) {
    if (accounts.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Participant p where p.account in :a", Participant.class)
        .setParameter("a", accounts)
        // One query per kind of related row rather than one per participant.
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.account")
        .setHint("eclipselink.batch", "p.account.roles")
        .setHint("eclipselink.batch", "p.memberOf")
        .setHint("eclipselink.batch", "p.memberOf.names")
        .getResultList();
  }

  public List<Participant> all() {
    return em.createQuery(
            "select p from Participant p order by p.account.username", Participant.class)
        .getResultList();
  }
}
