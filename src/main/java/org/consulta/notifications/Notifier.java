package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.consultation.Comment;
import org.consulta.consultation.CommentChanged;
import org.consulta.consultation.Consultation;
import org.consulta.consultation.Participant;
import org.consulta.consultation.RoundOpened;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;

/**
 * Writes the mails a write causes, inside that write's transaction (the observers are not
 * transactional ones): they are in the outbox if and only if the write commits, and the write never
 * waits for an SMTP server.
 */
@ApplicationScoped
public class Notifier {
  private static final int EXCERPT = 200;

  @PersistenceContext private EntityManager em;
  @Inject private MailSettings settings;
  @Inject private Outbox outbox;
  @Inject private Digests digests;
  @Inject private NotificationSettings preferences;

  void commentChanged(@Observes CommentChanged changed) {
    if (!settings.enabled()) {
      return;
    }
    Comment comment = em.find(Comment.class, changed.comment());
    switch (changed.change()) {
      case CREATED -> digests.note(comment);
      case ANSWERED -> answered(comment);
      default -> {}
    }
  }

  private void answered(Comment comment) {
    recipient(comment.author().id(), comment.lang().name())
        .ifPresent(
            to ->
                outbox.enqueue(
                    MailTexts.answered(
                        to.lang(),
                        to.email(),
                        comment.consultation().title(),
                        comment.article().eId(),
                        MailTexts.excerpt(comment.body(), EXCERPT),
                        comment.disposition(),
                        comment.response(),
                        settings.baseUrl()
                            + "#/consultations/"
                            + comment.consultation().id()
                            + "/mine")));
  }

  void roundOpened(@Observes RoundOpened opened) {
    if (!settings.enabled()) {
      return;
    }
    Consultation round = opened.round();
    em.flush();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.author_id, c.lang FROM consultation_comment c"
                    + " JOIN consultation r ON r.id = c.consultation_id"
                    + " JOIN law_version v ON v.id = r.version_id"
                    + " WHERE r.law_id = ?1 AND r.id <> ?2 AND v.number <> ?3"
                    + " ORDER BY c.id DESC")
            .setParameter(1, round.law().id())
            .setParameter(2, round.id())
            .setParameter(3, round.version().number())
            .getResultList();
    // The language each took part in last, newest comment first.
    Map<Long, String> lastLanguage = new LinkedHashMap<>();
    for (Object[] row : rows) {
      lastLanguage.putIfAbsent(((Number) row[0]).longValue(), (String) row[1]);
    }
    String link = settings.baseUrl() + "#/consultations/" + round.id();
    lastLanguage.forEach(
        (account, lang) ->
            recipient(account, lang)
                .ifPresent(
                    to ->
                        outbox.enqueue(
                            MailTexts.roundOpened(
                                to.lang(),
                                to.email(),
                                title(round.law(), to.lang()),
                                round.title(),
                                round.version().label(),
                                round.startsAt(),
                                round.endsAt(),
                                link))));
  }

  private static String title(Law law, String lang) {
    return law.expression(Language.valueOf(lang.equals("es") ? "es" : "en"))
        .or(() -> law.expressions().stream().findFirst())
        .map(e -> e.title())
        .orElse(law.slug());
  }

  private record Recipient(String email, String lang) {}

  /** A participant who has not turned mails off, in the language they chose or wrote in. */
  private Optional<Recipient> recipient(long account, String wroteIn) {
    Participant participant = em.find(Participant.class, account);
    if (participant == null || !participant.account().isEnabled()) {
      return Optional.empty();
    }
    NotificationSettings.Setting setting = preferences.of(account);
    if (!setting.mail()) {
      return Optional.empty();
    }
    return Optional.of(new Recipient(participant.email(), setting.lang().orElse(wroteIn)));
  }
}
