package org.consulta.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.consulta.platform.DomainException;

/** The registry of organisations: creation, edits, confirmation, and lookup by id or name. */
@ApplicationScoped
@Transactional
public class Organisations {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** A drafter's organisation, confirmed at once. */
  public Organisation create(OrganisationDetails details, String by) {
    var organisation = Organisation.of(details, OrganisationStatus.CONFIRMED, by, clock.instant());
    em.persist(organisation);
    em.flush();
    return organisation;
  }

  public Organisation find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id))
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Reason.NOT_FOUND, "id", "no organisation " + id));
  }

  /** The organisation, locked for a change that reads what it holds now. */
  Organisation locked(long id) {
    Organisation organisation = find(id);
    em.refresh(organisation, LockModeType.PESSIMISTIC_WRITE);
    return organisation;
  }

  /** Replaces the organisation's details by what {@code change} makes of the current ones. */
  public Organisation edit(long id, UnaryOperator<OrganisationDetails> change) {
    Organisation organisation = locked(id);
    organisation.requireLive();
    organisation.describe(change.apply(organisation.details()));
    em.flush();
    return organisation;
  }

  public Organisation confirm(long id) {
    Organisation organisation = locked(id);
    organisation.confirm();
    return organisation;
  }

  /**
   * The organisation a participant chose at registration: one in the registry, confirmed or still
   * proposed, not one merged away.
   */
  public Organisation forMember(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw DomainException.invalid("organisationId", "no organisation " + id);
    }
    if (organisation.status() == OrganisationStatus.MERGED) {
      throw DomainException.invalid(
          "organisationId",
          "organisation "
              + id
              + " was merged into "
              + organisation.mergedInto().orElseThrow().id()
              + "; choose that one");
    }
    return organisation;
  }

  /**
   * The organisation a participant named at registration: the known one of that name (see {@link
   * OrganisationMatch}), following a merge to the organisation that absorbed it, or else a new
   * proposed one from the participant's country and sector.
   */
  public Organisation proposed(String name, String country, Sector sector, String by) {
    return known(OrganisationNames.normalise(name), country)
        .orElseGet(
            () -> {
              var details = new OrganisationDetails(name, Map.of(), null, country, sector, null);
              var organisation =
                  Organisation.of(details, OrganisationStatus.PROPOSED, by, clock.instant());
              em.persist(organisation);
              return organisation;
            });
  }

  /** The organisation known under this name, live ones first (confirmed before proposed). */
  Optional<Organisation> known(String normalisedName, String country) {
    return em.createQuery(
            "select o from Organisation o where o.normalisedName = :n order by o.id",
            Organisation.class)
        .setParameter("n", normalisedName)
        .getResultStream()
        .filter(
            o ->
                OrganisationMatch.same(
                    normalisedName, country, o.normalisedName(), o.country().orElse(null)))
        .min(Comparator.comparing(Organisations::rank))
        .map(Organisations::survivor);
  }

  /** Confirmed organisations are preferred to proposed ones, and both to merged ones. */
  private static int rank(Organisation organisation) {
    return switch (organisation.status()) {
      case CONFIRMED -> 0;
      case PROPOSED -> 1;
      case MERGED -> 2;
    };
  }

  private static Organisation survivor(Organisation organisation) {
    Organisation current = organisation;
    while (current.mergedInto().isPresent()) {
      current = current.mergedInto().get();
    }
    return current;
  }

  /** How many participants belong to the organisation, and how many contributions (not hidden). */
  public record Counts(long participants, long contributions) {}

  public Counts counts(Organisation organisation) {
    // Plain SQL on the consultation tables: this package must not depend on consultation's classes.
    long members =
        count("SELECT COUNT(*) FROM participant WHERE organisation_id = ?", organisation.id());
    long contributions =
        count(
            "SELECT COUNT(*) FROM consultation_comment WHERE organisation_id = ?"
                + " AND hidden_reason IS NULL",
            organisation.id());
    return new Counts(members, contributions);
  }

  private long count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }
}
