package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes the revisions of divisions, titles and preambles: the first ones when a law or a language
 * version of it is created, and one for every later change.
 */
@ApplicationScoped
@Transactional
public class StructureHistory {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;

  /** Revision 1 of every division, title and preamble of a law just created. */
  void created(Law law, String author, Instant at, String message) {
    for (Division division : laws.divisions(law)) {
      em.persist(new DivisionRevision(division, 1, DivisionChange.INSERTED, author, at, message));
    }
    for (LawExpression expression : law.expressions()) {
      firstTexts(expression, new LawTextRevision.Signature(author, at, message));
    }
  }

  /**
   * A revision of every division, which gained a heading in {@code expression}'s language, and
   * revision 1 of that language's title and preamble.
   */
  void languageAdded(LawExpression expression, String author, Instant at, String message) {
    for (Division division : laws.divisions(expression.law())) {
      revised(division, DivisionChange.RENAMED, author, at, message);
    }
    firstTexts(expression, new LawTextRevision.Signature(author, at, message));
  }

  /** Records the division as it stands now as its next revision. */
  DivisionRevision revised(
      Division division, DivisionChange change, String author, Instant at, String message) {
    Integer last =
        em.createQuery(
                "select max(r.number) from DivisionRevision r where r.division = :d", Integer.class)
            .setParameter("d", division)
            .getSingleResult();
    var revision =
        new DivisionRevision(division, last == null ? 1 : last + 1, change, author, at, message);
    em.persist(revision);
    return revision;
  }

  private void firstTexts(LawExpression expression, LawTextRevision.Signature signature) {
    for (LawPart part : LawPart.values()) {
      em.persist(
          LawTextRevision.first(
              expression.law(), expression.lang(), part, expression.text(part), signature));
    }
  }
}
