package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Notifications: mails through the SMTP server the tests run ({@link TestSmtp}), written to the
 * outbox with the write that causes them and sent after it; and the public Atom feeds.
 */
public interface NotificationContract extends ConsultationFixture {
  /** How long a test waits for the background sender: generous, it is never the expected case. */
  Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  default void anAnsweredContributionGetsItsAuthorOneMail() throws Exception {
    TestSmtp.running();
    String slug = newLaw();
    long round = openRound(slug);
    String author = register();
    Api participant = anonymous().as(author, PASSWORD);
    long id = comment(participant, round, "art_1", "Falta la paridad <plena> & vertical.");
    comment(participant(), round, "art_2", "Otra persona, otra dirección.");
    admin()
        .put(
            "comments/" + id + "/disposition",
            "{\"disposition\": \"accepted\", \"response\": \"Lo incorporamos.\"}",
            null)
        .expect(200);

    MimeMessage mail = awaitOne(email(author));
    assertEquals("Respuesta a su contribución — Round", mail.getSubject());
    String text = MailText.plain(mail);
    assertTrue(text.contains("Decisión: aceptada"), text);
    assertTrue(text.contains("Lo incorporamos."), text);
    assertTrue(text.contains("Falta la paridad <plena> & vertical."), text);
    assertTrue(text.contains(TestSmtp.WEB_APP + "#/consultations/" + round + "/mine"), text);
    assertFalse(text.contains("@example.org"), "no address in the body: " + text);
    assertEquals(1, outbox(email(author)).size());
    assertEquals("sent", outbox(email(author)).get(0).getString("status"));
  }

  @Test
  default void aSubscribedDrafterGetsOneDigestOfSeveralContributions() throws Exception {
    TestSmtp.running();
    String slug = newLaw();
    long round = openRound(slug);
    String address = "drafter-" + Long.toHexString(System.nanoTime()) + "@example.org";
    Api drafter = drafter();
    JsonObject subscription =
        drafter
            .put(
                "consultations/" + round + "/subscription",
                "{\"email\": \"" + address + "\", \"lang\": \"en\"}",
                null)
            .expect(200)
            .json();
    assertEquals(address, subscription.getString("email"));
    assertEquals(
        subscription, drafter.get("consultations/" + round + "/subscription").expect(200).json());
    admin().get("consultations/" + round + "/subscription").problem(404, "subscription");
    Api participant = participant();
    comment(participant, round, "art_1", "Primera.");
    comment(participant(), round, "art_3", "Segunda.");
    comment(participant, round, "art_1", "Tercera.");

    MimeMessage digest = awaitOne(address);
    assertTrue(digest.getSubject().startsWith("Digest: 3 new contributions"), digest.getSubject());
    String text = MailText.plain(digest);
    assertTrue(text.contains("art_1 (2)"), text);
    assertTrue(text.contains("art_3 (1)"), text);
    assertTrue(text.indexOf("Primera.") < text.indexOf("Tercera."), text);
    assertTrue(text.contains(TestSmtp.WEB_APP + "#/consultations/" + round + "/queue"), text);
    assertEquals(1, outbox(address).size());
    drafter.delete("consultations/" + round + "/subscription").expect(204);
    drafter.delete("consultations/" + round + "/subscription").problem(404, "subscription");
    drafter.get("consultations/" + round + "/subscription").problem(404, "subscription");
  }

  @Test
  default void subscriptionsAreForDraftersWithAnAddress() {
    long round = openRound(newLaw());
    String path = "consultations/" + round + "/subscription";
    drafter().put(path, "{\"email\": \"not an address\"}", null).problem(400, "email");
    drafter()
        .put(path, "{\"email\": \"d@example.org\", \"lang\": \"pt\"}", null)
        .problem(400, "lang");
    drafter()
        .put("consultations/999999/subscription", "{\"email\": \"d@example.org\"}", null)
        .problem(404, "consultation");
    participant().put(path, "{\"email\": \"d@example.org\"}", null).expect(403);
  }

  @Test
  default void aNewRoundTellsEarlierParticipantsWhoHaveNotTurnedMailsOff() throws Exception {
    TestSmtp.running();
    String slug = newLaw();
    long first = openRound(slug);
    String told = register();
    String quiet = register();
    Api toldApi = anonymous().as(told, PASSWORD);
    Api quietApi = anonymous().as(quiet, PASSWORD);
    comment(toldApi, first, "art_1", "En la primera ronda.");
    comment(quietApi, first, "art_2", "Yo también.");
    JsonObject english =
        toldApi.patch("participants/me/notifications", "{\"lang\": \"en\"}").expect(200).json();
    assertEquals(
        Map.of("mail", true, "lang", "en"),
        Map.of("mail", english.getBoolean("mail"), "lang", english.getString("lang")));
    assertFalse(
        quietApi
            .patch("participants/me/notifications", "{\"mail\": false}")
            .expect(200)
            .json()
            .getBoolean("mail"));
    assertFalse(
        quietApi.get("participants/me/notifications").expect(200).json().getBoolean("mail"));
    quietApi.patch("participants/me/notifications", "{\"mail\": \"no\"}").problem(400, "mail");

    long second = openRound(slug);
    MimeMessage mail = awaitOne(email(told));
    assertTrue(
        mail.getSubject().startsWith("New consultation round — Test law"), mail.getSubject());
    String text = MailText.plain(mail);
    assertTrue(text.contains(TestSmtp.WEB_APP + "#/consultations/" + second), text);
    assertTrue(outbox(email(quiet)).isEmpty(), "mails off: none written");
  }

  @Test
  default void aDeadSmtpServerFailsNoWriteAndItsMailIsRetriedUntilSent() throws Exception {
    TestSmtp.stopped();
    long round = openRound(newLaw());
    String author = register();
    long id = comment(anonymous().as(author, PASSWORD), round, "art_1", "Con el servidor caído.");
    Instant before = Instant.now();
    JsonObject answered =
        admin()
            .put(
                "comments/" + id + "/disposition",
                "{\"disposition\": \"noted\", \"response\": \"Tomado en cuenta.\"}",
                null)
            .expect(200)
            .json();
    Duration took = Duration.between(before, Instant.now());
    assertEquals("noted", answered.getJsonObject("disposition").getString("value"));
    assertTrue(took.toSeconds() < 10, "the write waited for no SMTP server: " + took);

    JsonObject failing =
        await(
            () ->
                outbox(email(author)).stream()
                    .filter(m -> m.getInt("attempts") >= 2 && m.containsKey("lastError"))
                    .findFirst()
                    .orElse(null));
    assertEquals("pending", failing.getString("status"), failing.toString());
    assertTrue(
        failing.getString("lastError").toLowerCase(Locale.ROOT).contains("connect"),
        failing.toString());
    admin().get("admin/mail?status=pending").expect(200);
    admin().get("admin/mail?status=lost").problem(400, "status");

    TestSmtp.running();
    awaitOne(email(author));
    JsonObject sent =
        await(
            () ->
                outbox(email(author)).stream()
                    .filter(m -> m.getString("status").equals("sent"))
                    .findFirst()
                    .orElse(null));
    assertFalse(sent.containsKey("lastError"), sent.toString());
  }

  @Test
  default void feedsAreValidAtomWithEntriesForVersionsRoundsAndNothingPrivate() throws Exception {
    String slug = newLaw();
    long round = openRound(slug);
    comment(participant(), round, "art_1", "Un comentario privado.");
    Api.Reply reply = anonymous().get("laws/" + slug + "/feed?lang=en").expect(200);
    assertTrue(
        reply.header("Content-Type").startsWith("application/atom+xml"),
        reply.header("Content-Type"));
    Feed feed = atom(reply.body());
    assertEquals("Test law — news", feed.getTitleEx().getValue());
    assertTrue(feed.getId().startsWith("tag:consulta.test,2026:laws/" + slug), feed.getId());
    assertFalse(feed.getAuthors().isEmpty());
    assertTrue(feed.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("self")));
    List<String> titles = feed.getEntries().stream().map(e -> e.getTitleEx().getValue()).toList();
    assertEquals(List.of("Consultation opened: Round", "Version 1: For consultation"), titles);
    for (Entry entry : feed.getEntries()) {
      assertTrue(entry.getId().startsWith("tag:consulta.test,2026:"), entry.getId());
      assertTrue(entry.getAlternateLinks().get(0).getHref().startsWith(TestSmtp.WEB_APP));
      assertEquals("text", entry.getContents().get(0).getType());
    }

    String etag = reply.header("ETag");
    var unchanged =
        anonymous()
            .send(
                "GET", "laws/" + slug + "/feed?lang=en", null, null, Map.of("If-None-Match", etag));
    assertEquals(304, unchanged.status());
    admin()
        .patch("laws/" + slug + "/consultations/" + round, "{\"status\": \"closed\"}")
        .expect(200);
    Api.Reply closed = anonymous().get("laws/" + slug + "/feed?lang=en").expect(200);
    assertNotEquals(etag, closed.header("ETag"));
    assertEquals(
        "Consultation closed: Round",
        atom(closed.body()).getEntries().get(0).getTitleEx().getValue());

    Api.Reply roundFeed = anonymous().get("consultations/" + round + "/feed").expect(200);
    Feed spanish = atom(roundFeed.body());
    assertEquals("Consulta: Round", spanish.getTitleEx().getValue());
    assertFalse(roundFeed.body().contains("Un comentario privado."), roundFeed.body());
    anonymous().get("laws/" + slug + "/feed?lang=pt").problem(400, "lang");
    anonymous().get("consultations/999999/feed").problem(404, "consultation");
  }

  @Test
  default void aRoundFeedListsOnlyPublishedContributionsAndTheirAnswers() throws Exception {
    String slug = newLaw();
    long round = openRound(slug);
    admin()
        .patch("laws/" + slug + "/consultations/" + round, "{\"publishesContributions\": true}")
        .expect(200);
    long shown = comment(participant(), round, "art_1", "Publicada <con> & marcas.");
    long hidden = comment(participant(), round, "art_2", "Ocultada.");
    Api withdrawing = participant();
    long withdrawn = comment(withdrawing, round, "art_3", "Retirada.");
    admin()
        .put(
            "comments/" + shown + "/disposition",
            "{\"disposition\": \"partially_accepted\", \"response\": \"En parte.\"}",
            null)
        .expect(200);
    admin().post("comments/" + hidden + "/hide", "{\"reason\": \"Fuera de tema.\"}").expect(200);
    withdrawing.post("comments/" + withdrawn + "/withdraw", "").expect(200);

    Feed feed =
        atom(anonymous().get("consultations/" + round + "/feed?lang=en").expect(200).body());
    List<String> ids = feed.getEntries().stream().map(Entry::getId).toList();
    String prefix = "tag:consulta.test,2026:consultations/" + round + "/comments/" + shown;
    assertEquals(List.of(prefix + "/answer", prefix), ids);
    Entry answer = feed.getEntries().get(0);
    assertEquals(
        TestSmtp.WEB_APP + "#/consultations/" + round + "/docket",
        answer.getAlternateLinks().get(0).getHref());
    assertEquals("Answer on art_1: partially accepted", answer.getTitleEx().getValue());
    assertEquals("En parte.", answer.getContents().get(0).getValue());
    assertEquals(
        "Publicada <con> & marcas.", feed.getEntries().get(1).getContents().get(0).getValue());
  }

  private String register() {
    String username = "n-" + Long.toHexString(System.nanoTime());
    anonymous()
        .post(
            "participants",
            """
            {"username": "%s", "password": "%s", "email": "%s", "country": "AR",
             "sector": "academia"}
            """
                .formatted(username, PASSWORD, email(username)))
        .expect(201);
    return username;
  }

  private static String email(String username) {
    return username + "@example.org";
  }

  /** The outbox rows for {@code address}, as admins see them. */
  private List<JsonObject> outbox(String address) {
    return admin().get("admin/mail?limit=500").expect(200).array().stream()
        .map(v -> v.asJsonObject())
        .filter(m -> m.getString("recipient").equals(address))
        .toList();
  }

  /** Waits for the first mail to {@code address}, then checks it is the only one. */
  private static MimeMessage awaitOne(String address) throws Exception {
    List<MimeMessage> mails =
        await(
            () -> {
              List<MimeMessage> received = TestSmtp.to(address);
              return received.isEmpty() ? null : received;
            });
    assertEquals(1, mails.size(), "mails to " + address);
    return mails.get(0);
  }

  private static <T> T await(Supplier<T> check) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      T value = check.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("nothing came within " + PATIENCE);
  }

  private static Feed atom(String xml) throws Exception {
    return (Feed) new WireFeedInput(true, Locale.ROOT).build(new StringReader(xml));
  }
}
