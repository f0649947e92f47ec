package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Position papers: files a comment carries, recognised by content, bounded in size, served back for
 * download only, and readable by whoever may read the comment.
 */
public interface AttachmentContract extends ConsultationFixture {
  /** The engine's limit in the API tests ({@code Deployments}). */
  int MAX_BYTES = 65_536;

  String OCTETS = "application/octet-stream";

  @Test
  default void attachmentsOfEachKindAreRecognisedByContentAndServedForDownloadOnly() {
    Api author = participant();
    long round = openRound(newLaw());
    long comment = comment(author, round, "art_1", "Adjunto nuestra posición.");
    JsonObject pdf = attach(author, comment, "position.pdf", "Posición de la Red.pdf");
    JsonObject docx = attach(author, comment, "position.docx", "posicion.docx");
    // Named as a PDF and declared as one, an OpenDocument text is kept as what it is.
    JsonObject odt =
        upload(author, comment, fixture("position.odt"), "paper.pdf", "application/pdf")
            .expect(201)
            .json();
    assertEquals("application/pdf", pdf.getString("type"));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.getString("type"));
    assertEquals("application/vnd.oasis.opendocument.text", odt.getString("type"));
    assertEquals("paper.pdf.odt", odt.getString("name"));
    assertEquals(fixture("position.pdf").length, pdf.getInt("size"));

    var listed = author.get("comments/" + comment + "/attachments").expect(200).array();
    assertEquals(3, listed.size());
    var inView = author.get("comments/" + comment).expect(200).json().getJsonArray("attachments");
    assertEquals(
        List.of("Posición de la Red.pdf", "posicion.docx", "paper.pdf.odt"),
        inView.stream().map(a -> a.asJsonObject().getString("name")).toList());
    var inReport =
        admin()
            .get("consultations/" + round + "/report")
            .expect(200)
            .json()
            .getJsonArray("articles")
            .getJsonObject(0)
            .getJsonArray("contributions")
            .getJsonObject(0)
            .getJsonArray("attachments");
    assertEquals(
        List.of("Posición de la Red.pdf", "posicion.docx", "paper.pdf.odt"),
        inReport.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());

    var download = author.get("attachments/" + pdf.getInt("id")).expect(200);
    assertEquals("application/pdf", download.header("Content-Type"));
    assertEquals(
        "attachment; filename=\"Posici_n de la Red.pdf\";"
            + " filename*=UTF-8''Posici%C3%B3n%20de%20la%20Red.pdf",
        download.header("Content-Disposition"));
    assertEquals("nosniff", download.header("X-Content-Type-Options"));
    assertEquals("sandbox", download.header("Content-Security-Policy"));
    String etag = "\"" + pdf.getString("sha256") + "\"";
    assertEquals(etag, download.header("ETag"));
    assertEquals(new String(fixture("position.pdf"), StandardCharsets.US_ASCII), download.body());
    author
        .send("GET", "attachments/" + pdf.getInt("id"), null, null, Map.of("If-None-Match", etag))
        .expect(304);
  }

  @Test
  default void attachmentOfAnotherKindIsRefusedNamingTheFieldAndNothingIsStored() {
    Api author = participant();
    long comment = comment(author, openRound(newLaw()), "art_1", "Adjuntos dudosos.");
    List<Path> before = stored();
    upload(author, comment, fixture("setup.pdf"), "setup.pdf", "application/pdf")
        .problem(415, "file");
    upload(author, comment, fixture("notes.docx"), "notes.docx", OCTETS).problem(415, "file");
    upload(author, comment, fixture("bomb.docx"), "bomb.docx", OCTETS).problem(415, "file");
    upload(author, comment, new byte[0], "empty.pdf", OCTETS).problem(400, "file");
    assertEquals(0, author.get("comments/" + comment + "/attachments").array().size());
    assertEquals(before, stored());
    assertEquals(List.of(), incoming());
  }

  @Test
  default void attachmentOverTheLimitIs413NamingTheFieldAndNothingIsStored() {
    Api author = participant();
    long comment = comment(author, openRound(newLaw()), "art_1", "Un anexo enorme.");
    List<Path> before = stored();
    byte[] large = Arrays.copyOf(fixture("position.pdf"), MAX_BYTES + 1);
    String path = "comments/" + comment + "/attachments?name=large.pdf";
    JsonObject declared =
        overHttp11(author, path, HttpRequest.BodyPublishers.ofByteArray(large))
            .problem(413, "file");
    assertEquals(MAX_BYTES, declared.getInt("maxBytes"));
    // Sent in chunks with no length declared, it is cut off once it passes the limit.
    InputStream chunked = new ByteArrayInputStream(large);
    overHttp11(author, path, HttpRequest.BodyPublishers.ofInputStream(() -> chunked))
        .problem(413, "file");
    upload(author, comment, Arrays.copyOf(large, MAX_BYTES), "just.pdf", OCTETS).expect(201);
    assertEquals(1, author.get("comments/" + comment + "/attachments").array().size());
    assertEquals(before.size() + 1, stored().size());
    assertEquals(List.of(), incoming());
  }

  @Test
  default void
      attachmentsAreReadByWhoMayReadTheCommentAnyoneOncePublishedAndAddedByItsAuthorOrADrafter() {
    String slug = newLaw();
    long round = openRound(slug);
    Api author = participant();
    Api other = participant();
    Api drafter = drafter();
    long comment = comment(author, round, "art_1", "Con anexo.");
    long id = attach(author, comment, "position.pdf", "a.pdf").getJsonNumber("id").longValue();

    other.get("comments/" + comment + "/attachments").problem(404, "comment");
    other.get("attachments/" + id).problem(404, "attachment");
    upload(other, comment, fixture("position.pdf"), "b.pdf", OCTETS).problem(404, "comment");
    other.delete("attachments/" + id).problem(404, "attachment");
    anonymous().get("attachments/" + id).problem(404, "attachment");
    drafter()
        .patch("laws/" + slug + "/consultations/" + round, "{\"publishesContributions\": true}")
        .expect(200);
    anonymous().get("attachments/" + id).expect(200);
    assertEquals(1, other.get("comments/" + comment + "/attachments").array().size());

    assertEquals(1, drafter.get("comments/" + comment + "/attachments").array().size());
    drafter.get("attachments/" + id).expect(200);
    attach(drafter, comment, "position.odt", "acta.odt");
    // Another participant's reply in the author's thread is readable, not theirs to attach to.
    long reply =
        drafter
            .post("comments/" + comment + "/replies", "{\"text\": \"Gracias.\"}")
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    upload(author, reply, fixture("position.pdf"), "c.pdf", OCTETS).problem(403, "comment");

    // A hidden comment's files are its author's and the drafters' only: here, still the author's.
    drafter.post("comments/" + comment + "/hide", "{\"reason\": \"Fuera de tema.\"}").expect(200);
    author.get("attachments/" + id).expect(200);
    anonymous().get("attachments/" + id).problem(404, "attachment");

    admin()
        .patch("laws/" + slug + "/consultations/" + round, "{\"status\": \"closed\"}")
        .expect(200);
    upload(author, comment, fixture("position.docx"), "late.docx", OCTETS)
        .problem(409, "consultation");
    author.delete("attachments/" + id).problem(409, "consultation");
    attach(drafter, comment, "position.docx", "tarde.docx");
  }

  @Test
  default void attachmentsAreAFewPerCommentAtMost() {
    Api author = participant();
    long comment = comment(author, openRound(newLaw()), "art_1", "Muchos anexos.");
    for (int i = 0; i < 5; i++) {
      attach(author, comment, "position.pdf", "anexo " + i + ".pdf");
    }
    upload(author, comment, fixture("position.pdf"), "sexto.pdf", OCTETS).problem(409, "file");
  }

  @Test
  default void attachmentDeletedLeavesItsFileWhileAnotherRowNamesIt() {
    Api author = participant();
    long round = openRound(newLaw());
    long first = comment(author, round, "art_1", "Primero.");
    long second = comment(author, round, "art_2", "Segundo.");
    // Content no other test stores, so that whether its file stays is this test's to see.
    byte[] paper =
        (new String(fixture("position.pdf"), StandardCharsets.US_ASCII) + "%" + first)
            .getBytes(StandardCharsets.US_ASCII);
    JsonObject a = upload(author, first, paper, "a.pdf", OCTETS).expect(201).json();
    JsonObject b = upload(author, second, paper, "b.pdf", OCTETS).expect(201).json();
    assertEquals(a.getString("sha256"), b.getString("sha256"));
    Path file = stored(a.getString("sha256"));
    assertTrue(Files.exists(file), file::toString);

    author.delete("attachments/" + a.getInt("id")).expect(204);
    author.get("attachments/" + a.getInt("id")).problem(404, "attachment");
    assertTrue(Files.exists(file), "the other row still names the file");
    author.get("attachments/" + b.getInt("id")).expect(200);

    drafter().delete("attachments/" + b.getInt("id")).expect(204);
    assertFalse(Files.exists(file), file::toString);
    assertEquals(0, author.get("comments/" + second + "/attachments").array().size());
  }

  /**
   * Posts over HTTP/1.1: over an h2c connection Payara's 413 does not reach a client still sending
   * (config/README.md).
   */
  private Api.Reply overHttp11(Api who, String path, HttpRequest.BodyPublisher body) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve("api/" + path))
            .header("Authorization", who.authorization())
            .header("Content-Type", OCTETS)
            .POST(body)
            .build();
    try {
      return new Api.Reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonObject attach(Api who, long comment, String fixture, String name) {
    return upload(who, comment, fixture(fixture), name, OCTETS).expect(201).json();
  }

  private static Api.Reply upload(
      Api who, long comment, byte[] file, String name, String contentType) {
    return who.send(
        "POST",
        "comments/"
            + comment
            + "/attachments?name="
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"),
        file,
        contentType,
        Map.of());
  }

  private static byte[] fixture(String name) {
    try (InputStream in = AttachmentContract.class.getResourceAsStream("/attachments/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the engine keeps the content with this hash. */
  private static Path stored(String sha256) {
    return Deployments.apiData
        .resolve("attachments")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2));
  }

  /** Every file the engine keeps, in order. */
  private static List<Path> stored() {
    Path root = Deployments.apiData.resolve("attachments");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getParent().getFileName().toString().equals("incoming"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Uploads still spooled: none once every request has been answered. */
  private static List<Path> incoming() {
    Path dir = Deployments.apiData.resolve("attachments/incoming");
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
