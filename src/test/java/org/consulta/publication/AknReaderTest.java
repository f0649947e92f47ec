package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;
import org.consulta.drafting.NewLaw;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The official examples, read into laws. The expectations were written from reading each XML file
 * before the reader existed: title, work, language, divisions, article count and eIds, first
 * heading and the start of the first text.
 */
class AknReaderTest {
  @Test
  void theUnitedKingdomActHasItsSectionsAsArticlesUnderItsCrossHeadings() {
    AknLaw law = read("uk_pga-2014-27-enacted-data.xml");

    assertEquals("/akn/gb-ukm/act/2014-07-17/27", law.workUri());
    assertEquals("act-2014-07-17-27", AknWork.slug(law.workUri()));
    assertEquals(Language.en, law.lang());
    assertEquals("Data Retention and Investigatory Powers Act 2014", law.title());
    assertTrue(law.preamble().startsWith("Be it enacted by the Queen’s most Excellent Majesty"));
    assertEquals(
        List.of(
            "chp_1 CHAPTER Retention of relevant communications data",
            "chp_2 CHAPTER Investigatory powers",
            "chp_3 CHAPTER Final provisions"),
        outline(law.divisions()));
    List<NewLaw.NewArticle> articles = articles(law);
    assertEquals(8, articles.size());
    assertEquals(eIds(8), articles.stream().map(NewLaw.NewArticle::eId).toList());
    assertEquals(
        "Powers for retention of relevant communications data subject to safeguards",
        heading(articles.get(0), law.lang()));
    assertTrue(
        text(articles.get(0), law.lang())
            .startsWith(
                "1 The Secretary of State may by notice (a “retention notice”) require a public"));
    assertTrue(text(articles.get(0), law.lang()).contains("\n\n2 A retention notice may—\n\n"));
  }

  @Test
  void theUnitedStatesActPutsItsSectionsInOneDivisionOfProvisions() {
    AknLaw law = read("us_Act_2011-11-29.xml");

    assertEquals("/akn/us/act/2011-11-29/112-61", law.workUri());
    assertEquals("act-2011-11-29-112-61", AknWork.slug(law.workUri()));
    assertTrue(
        law.title().startsWith("To facilitate the hosting in the United States of the 34th"),
        law.title());
    assertEquals(
        "Be it enacted by the Senate and House of Representatives of the United States of America"
            + " in Congress assembled,",
        law.preamble());
    assertEquals(List.of("chp_1 CHAPTER Provisions"), outline(law.divisions()));
    assertEquals(6, articles(law).size());
    assertEquals("SHORT TITLE.", heading(articles(law).get(0), law.lang()));
  }

  @Test
  void aPortionOfTheUnitedStatesCodeIsTitledByItsChapter() {
    AknLaw law = read("us_Title9-Chap3-eng.xml");

    assertEquals("/akn/us/usc/title_9", law.workUri());
    assertEquals("title-9", AknWork.slug(law.workUri()));
    String chapter = "CHAPTER 3. INTER-AMERICAN CONVENTION ON INTERNATIONAL COMMERCIAL ARBITRATION";
    assertEquals(chapter, law.title());
    assertNull(law.preamble());
    assertEquals(List.of("chp_3 CHAPTER " + chapter), outline(law.divisions()));
    assertEquals(eIds(7), articles(law).stream().map(NewLaw.NewArticle::eId).toList());
    assertEquals("Enforcement of Convention", heading(articles(law).get(0), law.lang()));
  }

  @Test
  void theUruguayanBillIsFoundInItsCollectionWithItsSpanishArticles() {
    AknLaw law = read("uy_bill_2010-09-27.xml");

    assertEquals("/akn/uy/bill/camera/2010-09-27/carpeta395-2010", law.workUri());
    assertEquals("carpeta395-2010", AknWork.slug(law.workUri()));
    assertEquals(Language.es, law.lang());
    assertEquals("PROYECTO DE LEY", law.title());
    assertEquals(List.of("chp_1 CHAPTER Articulado"), outline(law.divisions()));
    List<NewLaw.NewArticle> articles = articles(law);
    assertEquals(
        List.of("art_1", "art_2", "art_3"), articles.stream().map(NewLaw.NewArticle::eId).toList());
    assertEquals("", heading(articles.get(0), law.lang()));
    assertTrue(
        text(articles.get(0), law.lang())
            .startsWith(
                "- Declárese como interpretación auténtica de la Constitución de la República"
                    + " (artículo 85, numeral 20), que el derecho"));
    assertTrue(
        text(articles.get(2), law.lang())
            .startsWith(
                "- En virtud de lo dispuesto en los artículos 1º y 2º de la presente ley:\n\n"
                    + "A) Toda intervención judicial"));
  }

  @Test
  void theSouthAfricanBillKeepsQuotedAmendmentsAsTextOfItsPoints() {
    AknLaw law = read("za_bill_2006-12-23.xml");

    assertEquals("/akn/za/bill/2006-12-23/b24", law.workUri());
    assertEquals("Education Laws Amendment Act, 2005.", law.title());
    assertEquals(
        "BE IT ENACTED by the Parliament of the Republic of South Africa, as follows:-",
        law.preamble());
    assertEquals(2, articles(law).size());
    assertEquals(
        "Amendment of section 1 of Act 84 of 1996, as amended by section 1 of Act 100 of 1997,"
            + " section 6 of Act 48 of 1999 and section 1 of Act 50 of 2002",
        heading(articles(law).get(0), law.lang()));
    String text = text(articles(law).get(0), law.lang());
    assertTrue(
        text.startsWith(
            "Section 1 of the South African Schools Act, 1996, is hereby amended by-\n\n"
                + "(a) the insertion after the definition of “Minister”"),
        text);
    assertTrue(text.contains("‘no fee threshold’ means the level of funding"), text);
  }

  @Test
  void theEuropeanProposalIsTheBillOfItsCollection() {
    AknLaw law = read("eu_COM-2013-0619_EN-8.xml");

    assertEquals("/akn/eu/documentcollection/comproposal/ec/2013/619/bill", law.workUri());
    assertEquals("ec-2013-619-bill", AknWork.slug(law.workUri()));
    assertEquals(
        "Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on new"
            + " psychoactive substances",
        law.title());
    assertTrue(
        law.preamble()
            .startsWith(
                "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard"
                    + " to the Treaty on the Functioning of the European Union, and in particular"
                    + " Article 114 thereof,"),
        law.preamble());
    List<String> outline = outline(law.divisions());
    assertEquals(9, outline.size());
    assertEquals("chp_1 CHAPTER CHAPTER I. Subject matter - Scope - Definitions", outline.get(0));
    assertEquals("chp_9 CHAPTER CHAPTER IX. Final Provisions", outline.get(8));
    assertEquals(eIds(24), articles(law).stream().map(NewLaw.NewArticle::eId).toList());
    assertEquals("Subject matter and scope", heading(articles(law).get(0), law.lang()));
    assertTrue(
        text(articles(law).get(0), law.lang())
            .startsWith("1. This Regulation establishes rules for restrictions to the free"));
  }

  @Test
  void anItalianBillIsRefusedNamingItsLanguage() {
    DomainException refused =
        assertThrows(DomainException.class, () -> read("it_senato_ddl_2013.xml"));

    assertEquals("FRBRlanguage", refused.field());
    assertTrue(refused.getMessage().contains("'it'"), refused.getMessage());
  }

  @Test
  void aDebateIsNotAnActOrBill() {
    DomainException refused =
        assertThrows(DomainException.class, () -> read("ke_Debate_Bungeni_2011-06-10.xml"));

    assertEquals("body", refused.field());
    assertTrue(refused.getMessage().startsWith("not an act or bill: the document is a debate"));
  }

  @Test
  void anInvalidDocumentIsRefusedWithTheLineTheSchemaNamed() {
    AknInvalid refused = assertThrows(AknInvalid.class, () -> read("sameXmlId-invalid.xml"));

    assertEquals(100, refused.line());
    assertEquals("body", refused.field());
  }

  @Test
  void aBodyWithoutProvisionsIsRefused() {
    String empty =
        golden()
            .replaceAll("(?s)<body>.*</body>", "<body><hcontainer name=\"noProvisions\"/></body>");

    DomainException refused = assertThrows(DomainException.class, () -> read(bytes(empty)));

    assertEquals("body", refused.field());
    assertTrue(refused.getMessage().startsWith("the document has no provisions"));
  }

  @Test
  void textsLongerThanTheEngineKeepsAreRefusedByElement() {
    String title = golden().replace("Ley Modelo Mínima", "L".repeat(600));
    assertEquals("docTitle", assertThrows(DomainException.class, () -> read(bytes(title))).field());

    String heading =
        golden()
            .replace("<heading>Objeto</heading>", "<heading>" + "h".repeat(1001) + "</heading>");
    DomainException refused = assertThrows(DomainException.class, () -> read(bytes(heading)));
    assertEquals("article", refused.field());
    assertTrue(refused.getMessage().startsWith("article art_1: its heading"), refused.getMessage());
  }

  @Test
  void aBadRecordedInstantInConsultasOwnMetadataIsNamed() {
    String bad = golden().replace("recorded=\"2026-04-10T09:30:00Z\"", "recorded=\"yesterday\"");

    assertEquals(
        "proprietary", assertThrows(DomainException.class, () -> read(bytes(bad))).field());
  }

  private static String golden() {
    return new String(AknExamples.bytes("golden/tiny-es.akn.xml"), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String document) {
    return document.getBytes(StandardCharsets.UTF_8);
  }

  private static AknLaw read(byte[] document) {
    return AknReader.read(document);
  }

  private static AknLaw read(String example) {
    return AknReader.read(AknExamples.bytes(example));
  }

  /** Each division, depth first: eId, kind and heading. */
  static List<String> outline(List<NewLaw.NewDivision> divisions) {
    List<String> lines = new ArrayList<>();
    for (NewLaw.NewDivision d : divisions) {
      DivisionKind kind = d.kind();
      lines.add(d.eId() + " " + kind + " " + d.headings().values().iterator().next());
      lines.addAll(outline(d.divisions()));
    }
    return lines;
  }

  static List<NewLaw.NewArticle> articles(AknLaw law) {
    List<NewLaw.NewArticle> articles = new ArrayList<>();
    collect(law.divisions(), articles);
    return articles;
  }

  private static void collect(List<NewLaw.NewDivision> divisions, List<NewLaw.NewArticle> into) {
    for (NewLaw.NewDivision d : divisions) {
      into.addAll(d.articles());
      collect(d.divisions(), into);
    }
  }

  private static String heading(NewLaw.NewArticle article, Language lang) {
    return article.texts().get(lang).heading();
  }

  private static String text(NewLaw.NewArticle article, Language lang) {
    return article.texts().get(lang).body();
  }

  private static List<String> eIds(int count) {
    List<String> eIds = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      eIds.add("art_" + i);
    }
    return eIds;
  }
}
