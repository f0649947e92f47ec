package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One revision of one article as a reader sees it, read in one indexed query (law by slug, article
 * by eId, revision by language and number, its division's eId, the text its text is stored against,
 * and whether its text refers to another article) outside a transaction. Read as entities, the
 * revision would bring its article, its division, the division's parents and their headings, each a
 * query of its own. Only a text that refers to another article costs more: its links and the law's
 * current numbering.
 */
@ApplicationScoped
public class OldRevisions {
  private static final String REVISION =
      "SELECT a.e_id, r.id, r.number, r.change_kind, r.base_number, r.merged, r.deleted,"
          + " r.author, r.created_at, r.message, d.e_id, r.heading, r.body,"
          + " EXISTS (SELECT 1 FROM cross_reference c WHERE c.revision_id = r.id), b.body"
          + " FROM law l JOIN article a ON a.law_id = l.id AND a.e_id = ?2"
          + " JOIN article_revision r ON r.article_id = a.id AND r.lang = ?3 AND r.number = ?4"
          + " JOIN division d ON d.id = r.division_id"
          + " LEFT JOIN article_revision b ON b.id = r.text_base_id"
          + " WHERE l.slug = ?1";

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private CrossReferences crossReferences;

  /**
   * Revision {@code number} of article {@code eId} of the law {@code slug} in {@code lang}; empty
   * when there is none, for the caller to say which of them is missing.
   */
  public Optional<LawViews.RevisionView> find(String slug, String eId, Language lang, int number) {
    List<?> rows =
        em.createNativeQuery(REVISION)
            .setParameter(1, slug)
            .setParameter(2, eId)
            .setParameter(3, lang.name())
            .setParameter(4, number)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    long id = ((Number) row[1]).longValue();
    String author = (String) row[7];
    var summary =
        new LawViews.RevisionSummary(
            number,
            ChangeKind.valueOf((String) row[3]),
            row[4] == null ? null : ((Number) row[4]).intValue(),
            (Boolean) row[5],
            (Boolean) row[6],
            author,
            author,
            instant(row[8]),
            (String) row[9]);
    // A text stored against a base is decoded with the base's, which is stored whole.
    String base = row[14] == null ? null : CompressedText.decode((byte[]) row[14]);
    String body = CompressedText.decode((byte[]) row[12], base);
    String text =
        (Boolean) row[13] ? crossReferences.currentText(laws.bySlug(slug), lang, id, body) : body;
    return Optional.of(
        new LawViews.RevisionView(
            (String) row[0],
            lang,
            summary,
            (String) row[10],
            (String) row[11],
            text,
            ArticleETag.of(lang, number)));
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime at ? at.toInstant() : ((Timestamp) value).toInstant();
  }
}
