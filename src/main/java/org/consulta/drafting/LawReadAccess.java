package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.consulta.accounts.Role;

/**
 * Who may read what of a law: its working text, unless its drafters keep that for the drafting
 * team, and its recorded versions, of which everyone else then reads only the published ones. What
 * a caller may not read is answered as if it did not exist, so that nobody learns that it does.
 * Every read of law text goes through here (or through {@link ReadsWorkingText}).
 */
@ApplicationScoped
public class LawReadAccess {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private LawVersions versions;

  /** Whether the caller belongs to the drafting team: holds the role that may edit laws. */
  public static boolean drafts(SecurityContext security) {
    return security.getUserPrincipal() != null && security.isUserInRole(Role.DRAFTER_NAME);
  }

  public static boolean readsWorkingText(Law law, SecurityContext security) {
    return readsWorkingText(law, drafts(security));
  }

  /** As {@link #readsWorkingText(Law, SecurityContext)}, for a caller known to draft or not. */
  public static boolean readsWorkingText(Law law, boolean drafter) {
    return law.workingTextReaders() == WorkingTextReaders.EVERYONE || drafter;
  }

  public static boolean reads(LawVersion version, SecurityContext security) {
    return version.published() || readsWorkingText(version.law(), security);
  }

  /** The law, when the caller may read its working text; else as for an unknown law. */
  public Law workingText(String slug, SecurityContext security) {
    Law law = laws.bySlug(slug);
    if (!readsWorkingText(law, security)) {
      throw Laws.unknown(slug);
    }
    return law;
  }

  /** Version {@code number} of the law, when the caller may read it; else as for an unknown one. */
  public LawVersion version(Law law, int number, String field, SecurityContext security) {
    LawVersion version = versions.find(law, number, field);
    if (!reads(version, security)) {
      throw LawVersions.unknown(law, number, field);
    }
    return version;
  }

  /**
   * As {@link #version(Law, int, String, SecurityContext)} for the law {@code slug}, read with the
   * version in one query.
   */
  public LawVersion version(String slug, int number, String field, SecurityContext security) {
    LawVersion version = versions.withLaw(slug, number, field);
    if (!reads(version, security)) {
      throw LawVersions.unknown(version.law(), number, field);
    }
    return version;
  }

  /** The versions of the law the caller may read, oldest first. */
  public List<LawVersion> versions(Law law, SecurityContext security) {
    return versions.all(law).stream().filter(v -> reads(v, security)).toList();
  }

  /** Whether a list of laws shows this one: something of it is readable. */
  public boolean listed(Law law, SecurityContext security) {
    return readsWorkingText(law, security)
        || versions.all(law).stream().anyMatch(v -> v.published());
  }

  /** The slugs of the laws whose working text the caller may not read. */
  public Set<String> hiddenWorkingTexts(SecurityContext security) {
    if (drafts(security)) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select l.slug from Law l where l.workingTextReaders = :drafters", String.class)
            .setParameter("drafters", WorkingTextReaders.DRAFTERS)
            .getResultList());
  }
}
