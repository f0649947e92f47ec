package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.consulta.consultation.Comment;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.Consultations;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawReadAccess;
import org.consulta.drafting.LawVersion;
import org.consulta.drafting.Laws;

/**
 * The public Atom feeds: a law's recorded versions and rounds opened and closed; a round's
 * published contributions and the drafters' answers to them. The latest {@value #LATEST} entries.
 */
@ApplicationScoped
@Transactional
public class Feeds {
  static final int LATEST = 50;
  private static final int BATCH = 200;
  private static final int SCANNED = 2000;
  private static final String TAG_DATE = "2026";

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private LawReadAccess access;
  @Inject private Consultations consultations;
  @Inject private MailSettings settings;

  /** The law's news: only the versions the caller may read (see {@link LawReadAccess}). */
  public AtomFeed law(String slug, String lang, String self, SecurityContext security) {
    Law law = laws.bySlug(slug);
    boolean es = MailTexts.spanish(lang);
    String web = settings.baseUrl();
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (LawVersion version : access.versions(law, security)) {
      entries.add(
          new AtomFeed.Entry(
              tag("laws/" + slug + "/versions/" + version.number()),
              (es ? "Versión " : "Version ") + version.number() + ": " + version.label(),
              version.createdAt(),
              version.author(),
              web + "#/laws/" + slug + "/versions",
              (es ? "Versión registrada: " : "Version recorded: ") + version.label()));
    }
    Instant now = consultations.now();
    for (Consultation round : consultations.of(slug)) {
      String link = web + "#/consultations/" + round.id();
      String id = "laws/" + slug + "/consultations/" + round.id();
      if (!round.startsAt().isAfter(now)) {
        entries.add(
            new AtomFeed.Entry(
                tag(id + "/opened"),
                (es ? "Consulta abierta: " : "Consultation opened: ") + round.title(),
                round.startsAt(),
                round.createdBy(),
                link,
                round.description()
                    + (round.description().isBlank() ? "" : "\n\n")
                    + (es ? "Abierta hasta " : "Open until ")
                    + AtomWriter.date(round.endsAt())));
      }
      if (!round.endsAt().isAfter(now)) {
        entries.add(
            new AtomFeed.Entry(
                tag(id + "/closed"),
                (es ? "Consulta cerrada: " : "Consultation closed: ") + round.title(),
                round.endsAt(),
                round.createdBy(),
                link,
                (es ? "Cerrada el " : "Closed on ") + AtomWriter.date(round.endsAt())));
      }
    }
    String title = title(law, lang) + (es ? " — novedades" : " — news");
    return feed(
        tag("laws/" + slug), title, lang, law.createdAt(), self, web + "#/laws/" + slug, entries);
  }

  public AtomFeed round(long id, String lang, String self) {
    Consultation round = consultations.find(id);
    boolean es = MailTexts.spanish(lang);
    String web = settings.baseUrl();
    String link = web + "#/consultations/" + id + "/docket";
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (Comment comment : publishedContributions(round)) {
      String at = "consultations/" + id + "/comments/" + comment.id();
      entries.add(
          new AtomFeed.Entry(
              tag(at),
              (es ? "Contribución sobre " : "Contribution on ") + comment.article().eId(),
              comment.editedAt() == null ? comment.createdAt() : comment.editedAt(),
              author(comment),
              link,
              comment.body()));
      if (comment.respondedAt() != null) {
        entries.add(
            new AtomFeed.Entry(
                tag(at + "/answer"),
                (es ? "Respuesta sobre " : "Answer on ")
                    + comment.article().eId()
                    + ": "
                    + MailTexts.disposition(comment.disposition(), es),
                comment.respondedAt(),
                es ? "Redactores" : "Drafters",
                link,
                comment.response()));
      }
    }
    String title = (es ? "Consulta: " : "Consultation: ") + round.title();
    return feed(tag("consultations/" + id), title, lang, round.createdAt(), self, link, entries);
  }

  /**
   * The round's published contributions that start threads ({@link Comment#isPublished}: the
   * docket's one rule), most recently active first: read in batches by their latest change and
   * filtered by that rule, at most {@value #SCANNED} of them, so that a round whose newest
   * contributions are mostly hidden or withdrawn still costs a bounded read.
   */
  List<Comment> publishedContributions(Consultation round) {
    if (!round.publishesContributions()) {
      return List.of();
    }
    List<Comment> published = new ArrayList<>();
    for (int offset = 0; offset < SCANNED && published.size() < LATEST; offset += BATCH) {
      @SuppressWarnings("unchecked")
      List<Number> ids =
          em.createNativeQuery(
                  "SELECT id FROM consultation_comment WHERE consultation_id = ?1"
                      + " AND parent_id IS NULL ORDER BY GREATEST(created_at,"
                      + " COALESCE(edited_at, created_at), COALESCE(responded_at, created_at))"
                      + " DESC, id DESC OFFSET ?2 LIMIT ?3")
              .setParameter(1, round.id())
              .setParameter(2, offset)
              .setParameter(3, BATCH)
              .getResultList();
      ids.stream()
          .map(id -> em.find(Comment.class, id.longValue()))
          .filter(Comment::isPublished)
          .limit(LATEST - published.size())
          .forEach(published::add);
      if (ids.size() < BATCH) {
        break;
      }
    }
    return published;
  }

  /** Who a published contribution is by: the speaker at a meeting, or the participant. */
  private static String author(Comment comment) {
    return comment.speaker().map(Comment.Speaker::name).orElse(comment.author().displayName());
  }

  private static AtomFeed feed(
      String id,
      String title,
      String lang,
      Instant created,
      String self,
      String alternate,
      List<AtomFeed.Entry> all) {
    List<AtomFeed.Entry> latest =
        all.stream()
            .sorted(
                Comparator.comparing(AtomFeed.Entry::updated)
                    .reversed()
                    .thenComparing(AtomFeed.Entry::id))
            .limit(LATEST)
            .toList();
    Instant updated = latest.isEmpty() ? created : latest.get(0).updated();
    return new AtomFeed(id, title, lang, updated, "Consulta", self, alternate, latest);
  }

  /** A permanent entry id: {@code tag:} + the host of the web application + a path. */
  private String tag(String path) {
    String host = URI.create(settings.baseUrl()).getHost();
    return "tag:" + (host == null ? "localhost" : host) + "," + TAG_DATE + ":" + path;
  }

  private static String title(Law law, String lang) {
    return law.expression(Language.parse("lang", lang))
        .or(() -> law.expressions().stream().findFirst())
        .map(e -> e.title())
        .orElse(law.slug());
  }
}
