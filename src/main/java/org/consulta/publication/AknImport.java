package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawCreation;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;

/**
 * Creates a law from an act or bill read from Akoma Ntoso, in one transaction: the law, its
 * articles and, for a Consulta export of a recorded version, that version with its label and date,
 * or nothing at all.
 *
 * <p>The slug comes from the work URI ({@link AknWork#slug}); when another work already has it, the
 * first free {@code slug-2}, {@code slug-3}… is taken, since the slug is only the law's short name
 * here and the work URI is its identity. A work that is already a law is a conflict: importing it
 * again would make two laws of one work.
 */
@ApplicationScoped
@Transactional
public class AknImport {
  private static final int MAX_SUFFIX = 1000;

  @Inject private LawCreation creation;
  @Inject private LawVersions versions;
  @Inject private Laws laws;

  public Law create(AknLaw read, String author) {
    String slug = free(AknWork.slug(read.workUri()));
    Law law = creation.create(read.plan(slug), author, "Imported from Akoma Ntoso");
    read.version().ifPresent(v -> versions.record(slug, v.label(), author, v.recorded()));
    return law;
  }

  private String free(String slug) {
    if (laws.find(slug).isEmpty()) {
      return slug;
    }
    for (int n = 2; n <= MAX_SUFFIX; n++) {
      String candidate = slug + "-" + n;
      if (laws.find(candidate).isEmpty()) {
        return candidate;
      }
    }
    throw new DomainException(
        DomainException.Reason.CONFLICT, "slug", "no free slug like '" + slug + "' is left");
  }
}
