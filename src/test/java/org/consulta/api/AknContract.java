package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Akoma Ntoso through the API: official acts and bills posted to {@code /api/laws} become laws,
 * what is not valid or not legislation is refused and creates nothing, and a Consulta export posted
 * back gives the same document again. The documents are those of {@code src/test/resources/akn}
 * (see the README there).
 */
public interface AknContract extends ApiContract {
  String AKN = "application/akn+xml";

  @Test
  default void anOfficialActBecomesALawWithItsSectionsAsArticles() {
    String unique = Long.toString(System.nanoTime());
    String act = example("us_Act_2011-11-29.xml").replace("/112-61", "/112-61-" + unique);

    var created = admin().post("laws", act, AKN).expect(201);

    String slug = "act-2011-11-29-112-61-" + unique;
    assertEquals(slug, created.json().getString("slug"));
    assertTrue(
        created.header("Location").endsWith("/api/laws/" + slug), created.header("Location"));
    JsonObject law = anonymous().get("laws/" + slug).expect(200).json();
    assertEquals("/akn/us/act/2011-11-29/112-61-" + unique, law.getString("workUri"));
    assertEquals("en", law.getString("lang"));
    assertTrue(law.getString("title").startsWith("To facilitate the hosting in the United States"));
    JsonObject division = law.getJsonArray("body").getJsonObject(0);
    assertEquals("Provisions", division.getString("heading"));
    assertEquals(6, division.getJsonArray("children").size());
    JsonObject first = division.getJsonArray("children").getJsonObject(0);
    assertEquals("art_1", first.getString("eId"));
    assertEquals(1, first.getInt("number"));
    assertEquals("SHORT TITLE.", first.getString("heading"));
    assertTrue(
        first.getString("text").startsWith("This Act may be cited as"), first.getString("text"));
  }

  @Test
  default void aSpanishBillInACollectionIsReadFromItsComponentAsPlainXml() {
    String unique = Long.toHexString(System.nanoTime());
    String bill = example("uy_bill_2010-09-27.xml").replace("carpeta395-2010", "c" + unique);

    var created = admin().post("laws", bill, "application/xml").expect(201);

    String slug = "c" + unique;
    assertEquals(slug, created.json().getString("slug"));
    JsonObject law = anonymous().get("laws/" + slug + "?lang=es").expect(200).json();
    assertEquals("PROYECTO DE LEY", law.getString("title"));
    var articles = law.getJsonArray("body").getJsonObject(0).getJsonArray("children");
    assertEquals(3, articles.size());
    assertTrue(
        articles.getJsonObject(2).getString("text").contains("\n\nA) Toda intervención judicial"));
  }

  @Test
  default void aWorkAlreadyPresentIsAConflictAndATakenSlugGetsASuffix() {
    String unique = Long.toHexString(System.nanoTime());
    String bill = example("za_bill_2006-12-23.xml").replace("/B24", "/B24x" + unique);
    admin().post("laws", bill, AKN).expect(201);

    admin().post("laws", bill, AKN).problem(409, "workUri");

    String sameName = bill.replace("/2006-12-23/B24x", "/2006-12-24/B24x");
    var second = admin().post("laws", sameName, AKN).expect(201);
    assertEquals("b24x" + unique + "-2", second.json().getString("slug"));
  }

  @Test
  default void anInvalidDocumentIsRefusedWithTheLineTheSchemaNamedAndNothingIsCreated() {
    int before = anonymous().get("laws").expect(200).array().size();

    JsonObject problem =
        admin().post("laws", example("sameXmlId-invalid.xml"), AKN).problem(400, "body");

    assertEquals(100, problem.getInt("line"));
    assertTrue(problem.getString("detail").startsWith("line 100: "), problem.getString("detail"));
    assertTrue(problem.getString("detail").contains("BAD_XMLID"), problem.getString("detail"));
    String malformed =
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<act";
    assertEquals(2, admin().post("laws", malformed, AKN).problem(400, "body").getInt("line"));
    assertEquals(before, anonymous().get("laws").expect(200).array().size());
  }

  @Test
  default void whatIsNotAnActOrBillInConsultasLanguagesIsRefusedByName() {
    JsonObject debate =
        admin().post("laws", example("ke_Debate_Bungeni_2011-06-10.xml"), AKN).problem(400, "body");
    assertTrue(
        debate.getString("detail").startsWith("not an act or bill: the document is a debate"));

    JsonObject italian =
        admin().post("laws", example("it_senato_ddl_2013.xml"), AKN).problem(400, "FRBRlanguage");
    assertTrue(italian.getString("detail").contains("'it'"), italian.getString("detail"));
  }

  @Test
  default void aDoctypeIsRefusedAndADeclaredBodyOverTheXmlLimitIsNotRead() {
    String entity =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">&x;"
            + "</akomaNtoso>";
    JsonObject doctype = admin().post("laws", entity, AKN).problem(400, "body");
    assertEquals(2, doctype.getInt("line"));

    try (var client = RawHttp.connect(base(), RawHttp.OTHER_CLIENT)) {
      client.send(
          "POST "
              + base().resolve("api/laws").getRawPath()
              + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/akn+xml\r\n"
              + "Authorization: "
              + admin().authorization()
              + "\r\nContent-Length: 4194305\r\n\r\n<akomaNtoso");
      String response = client.received(10_000);
      assertEquals(413, RawHttp.status(response), response);
      assertTrue(response.contains("\"field\":\"body\""), response);
    }
  }

  /** What a careless or hostile client may post: every one a 400 problem, none an error. */
  @Test
  default void malformedBodiesAreProblemsNeverErrors() {
    String deep =
        example("za_bill_2006-12-23.xml")
            .replace(
                "2005.</docTitle>", "<b>".repeat(5000) + "x" + "</b>".repeat(5000) + "</docTitle>");
    var bodies =
        new ArrayList<byte[]>(
            List.of(
                new byte[0],
                "   ".getBytes(StandardCharsets.UTF_8),
                "{\"slug\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                "<".getBytes(StandardCharsets.UTF_8),
                "<akomaNtoso/>".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x3C, 0x41},
                "<?xml version=\"1.0\" encoding=\"no-such-charset\"?><a/>"
                    .getBytes(StandardCharsets.UTF_8),
                deep.getBytes(StandardCharsets.UTF_8)));
    for (byte[] body : bodies) {
      admin().send("POST", "laws", body, AKN, Map.of()).problem(400, "body");
    }
  }

  @Test
  default void onlyDraftersImport() {
    String act = example("za_bill_2006-12-23.xml");
    anonymous().post("laws", act, AKN).expect(401);
    String participant = newAccount("akn-reader", PASSWORD, "participant");
    anonymous().as(participant, PASSWORD).post("laws", act, AKN).expect(403);
  }

  /**
   * The API round trip: a version exported as Akoma Ntoso, posted back under another work URI,
   * exported again from the new law: the same document, the work URI and generation date aside.
   */
  @Test
  default void anExportedVersionPostedBackExportsTheSameDocument() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);
    var export =
        anonymous().get("laws/" + slug + "/editions?version=1&lang=es&format=akn").expect(200);
    assertEquals(AKN, export.header("Content-Type"));
    assertEquals(
        "attachment; filename=\"" + slug + "_v1_es.xml\"", export.header("Content-Disposition"));
    String work = "/akn/oas/act/model-law/2026/" + slug;
    String copy =
        export.body().replace(work + "/", work + "-copy/").replace(work + "\"", work + "-copy\"");

    var created = admin().post("laws", copy, AKN).expect(201);

    assertEquals(slug + "-copy", created.json().getString("slug"));
    String again =
        anonymous()
            .get("laws/" + slug + "-copy/editions?version=1&lang=es&format=akn")
            .expect(200)
            .body();
    assertEquals(withoutGeneration(copy), withoutGeneration(again));
    assertTrue(again.contains("<heading>Definiciones</heading>"));
  }

  @Test
  default void anAkomaNtosoDocumentHoldsOneLanguageAndNoComparativeTable() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);

    anonymous().get("laws/" + slug + "/editions?lang=es,en&format=akn").problem(400, "lang");
    anonymous().get("laws/" + slug + "/comparison?from=1&format=akn").problem(400, "format");
    var working = anonymous().get("laws/" + slug + "/editions?lang=en&format=akn").expect(200);
    assertTrue(working.body().contains("<FRBRlanguage language=\"eng\"/>"));
  }

  @Test
  default void theApiDescriptionOffersBothBodiesForANewLaw() {
    JsonObject paths =
        Api.anonymous(base().resolve("/"))
            .withHeader("Accept", "application/json")
            .get("openapi")
            .expect(200)
            .json()
            .getJsonObject("paths");
    String laws =
        paths.keySet().stream().filter(p -> p.endsWith("/api/laws")).findFirst().orElseThrow();
    JsonObject content =
        paths
            .getJsonObject(laws)
            .getJsonObject("post")
            .getJsonObject("requestBody")
            .getJsonObject("content");
    assertTrue(content.containsKey("application/json"), content.toString());
    assertTrue(content.containsKey(AKN), content.toString());
    var operation =
        ApiDescription.of(base()).stream()
            .filter(o -> o.key().equals("POST /api/laws"))
            .findFirst()
            .orElseThrow();
    assertEquals("application/json", operation.bodyType(), "the fuzz test sends JSON there");
  }

  private static String withoutGeneration(String document) {
    return document.replaceAll("<FRBRdate date=\"[0-9-]+\" name=\"generation\"/>", "");
  }

  private static String example(String name) {
    try (InputStream in = AknContract.class.getResourceAsStream("/akn/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
