package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consulta.drafting.ArticleRevised;
import org.consulta.drafting.ArticleRevision;
import org.consulta.revisions.AnchorState;

/**
 * Keeps every comment anchored to the current text of its article. It runs inside the transaction
 * that writes a revision, so anchors and text always commit together.
 *
 * <p>An edit carries every comment on the article: thousands, in a large consultation. Only those
 * it can move otherwise than by a shift are read ({@link AnchorStep#reaches}: passages that reach
 * into the edited range, comments on the whole article whose state it worsens), and only as their
 * anchors, not as entities with their text, authors and round; those that moved are written in two
 * statements, one for those whose state changed, one for those that only moved. The passages after
 * the edited range are shifted by another, without being read. Comments this transaction holds as
 * entities keep the anchor they were read with; {@link CommentWriter#forChange} reads a comment
 * again before changing it.
 */
@ApplicationScoped
public class AnchorFollower {
  private static final String CARRIED =
      """
      SELECT 1 FROM consultation_comment
      WHERE article_id = ?1 AND lang = ?2 AND parent_id IS NULL AND anchor_state <> 'ORPHANED'
      LIMIT 1""";

  /** The anchors {@link AnchorStep#reaches}, in the same terms. */
  private static final String REACHED =
      """
      SELECT id, passage_start IS NOT NULL, anchor_state, anchor_start, anchor_end, orphaned_in
      FROM consultation_comment
      WHERE article_id = ?1 AND lang = ?2 AND parent_id IS NULL AND anchor_state <> 'ORPHANED'
        AND CASE WHEN passage_start IS NULL
                 THEN anchor_state = ANY(CAST(?3 AS varchar[]))
                      OR anchor_start IS NOT NULL OR anchor_end IS NOT NULL
                 ELSE anchor_end > ?4 AND anchor_start < ?5 END""";

  /**
   * The carried anchors whose state changed, whose arrays travel as text, which any JDBC driver
   * binds, and are unnested into rows; the comments are found by their ids, not by joining the
   * table. Setting the state names the comment in the change feed (V30), for the index keeps it.
   */
  private static final String MOVE_WITH_STATE =
      """
      UPDATE consultation_comment c
      SET anchor_state = m.state, anchor_start = m.start_at, anchor_end = m.end_at,
          orphaned_in = m.orphaned_in
      FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS integer[]), CAST(?3 AS integer[]),
                  CAST(?4 AS integer[]), CAST(?5 AS varchar[]))
           AS m(id, start_at, end_at, orphaned_in, state)
      WHERE c.id = m.id AND c.id = ANY(CAST(?1 AS bigint[]))""";

  /** The carried anchors whose state stayed: only their place is set, which the feed ignores. */
  private static final String MOVE_PLACE =
      """
      UPDATE consultation_comment c
      SET anchor_start = m.start_at, anchor_end = m.end_at, orphaned_in = m.orphaned_in
      FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS integer[]), CAST(?3 AS integer[]),
                  CAST(?4 AS integer[]))
           AS m(id, start_at, end_at, orphaned_in)
      WHERE c.id = m.id AND c.id = ANY(CAST(?1 AS bigint[]))""";

  /** The passages that {@link AnchorStep#follows}, shifted by ?1 in place: never read. */
  private static final String SHIFT =
      """
      UPDATE consultation_comment
      SET anchor_start = anchor_start + ?1, anchor_end = anchor_end + ?1
      WHERE article_id = ?2 AND lang = ?3 AND parent_id IS NULL AND anchor_state <> 'ORPHANED'
        AND passage_start IS NOT NULL AND anchor_start >= ?4""";

  @PersistenceContext private EntityManager em;

  void follow(@Observes ArticleRevised revised) {
    ArticleRevision previous = revised.previous();
    ArticleRevision next = revised.next();
    if (!next.deleted() && previous.body().equals(next.body())) {
      return;
    }
    // Comments written earlier in this transaction are carried too.
    em.flush();
    long article = next.article().id();
    String lang = next.lang().name();
    if (em.createNativeQuery(CARRIED)
        .setParameter(1, article)
        .setParameter(2, lang)
        .getResultList()
        .isEmpty()) {
      return;
    }
    var step = AnchorStep.to(previous.body(), next);
    List<Moved> moved = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(REACHED)
            .setParameter(1, article)
            .setParameter(2, lang)
            .setParameter(
                3,
                step.wholeStatesThatChange().stream()
                    .map(AnchorState::name)
                    .collect(Collectors.joining(",", "{", "}")))
            .setParameter(4, step.editedFrom())
            .setParameter(5, step.editedTo())
            .getResultList()) {
      Object[] columns = (Object[]) row;
      var anchor =
          new CommentAnchor(
              (Boolean) columns[1],
              AnchorState.valueOf((String) columns[2]),
              integer(columns[3]),
              integer(columns[4]),
              integer(columns[5]));
      CommentAnchor carried = step.carry(anchor);
      if (!carried.equals(anchor)) {
        moved.add(
            new Moved(
                ((Number) columns[0]).longValue(), carried, carried.state() != anchor.state()));
      }
    }
    if (step.shift() != 0) {
      em.createNativeQuery(SHIFT)
          .setParameter(1, step.shift())
          .setParameter(2, article)
          .setParameter(3, lang)
          .setParameter(4, step.editedTo())
          .executeUpdate();
    }
    move(moved);
  }

  /** Writes the carried anchors: a changed state apart from a moved place (see V30). */
  private void move(List<Moved> moved) {
    var byStateChange = moved.stream().collect(Collectors.partitioningBy(Moved::stateChanged));
    List<Moved> withState = byStateChange.get(true);
    if (!withState.isEmpty()) {
      withPlaces(em.createNativeQuery(MOVE_WITH_STATE), withState)
          .setParameter(5, array(withState, m -> m.anchor().state().name()))
          .executeUpdate();
    }
    List<Moved> placeOnly = byStateChange.get(false);
    if (!placeOnly.isEmpty()) {
      withPlaces(em.createNativeQuery(MOVE_PLACE), placeOnly).executeUpdate();
    }
  }

  /** Binds ?1 to ?4: the comments' ids, then their anchors' start, end and orphaned-in. */
  private static Query withPlaces(Query query, List<Moved> moved) {
    return query
        .setParameter(1, array(moved, m -> Long.toString(m.id())))
        .setParameter(2, array(moved, m -> text(m.anchor().start())))
        .setParameter(3, array(moved, m -> text(m.anchor().end())))
        .setParameter(4, array(moved, m -> text(m.anchor().orphanedIn())));
  }

  /** Carries a new comment made on {@code before}, an older text, to the current revision. */
  void carry(Comment comment, String before, ArticleRevision head) {
    comment.anchorTo(AnchorStep.to(before, head).carry(comment.anchor()));
  }

  private record Moved(long id, CommentAnchor anchor, boolean stateChanged) {}

  private static Integer integer(Object column) {
    return column == null ? null : ((Number) column).intValue();
  }

  private static String text(Integer value) {
    return value == null ? "NULL" : value.toString();
  }

  /** A PostgreSQL array literal; its elements are numbers, NULL or enum names, never quoted. */
  private static String array(List<Moved> moved, Function<Moved, String> element) {
    return moved.stream().map(element).collect(Collectors.joining(",", "{", "}"));
  }
}
