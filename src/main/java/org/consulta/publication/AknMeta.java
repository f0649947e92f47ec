package org.consulta.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.Language;

/**
 * The {@code <meta>} of an edition: the FRBR work (the law's work URI), expression (language and
 * version date: {@code …/spa@2026-03-02}) and manifestation; a lifecycle event per recorded version
 * up to the one shown, and one for the working text when it is shown, each named by its label in
 * the references; and what Akoma Ntoso has no element for (the version's label and the instant it
 * was recorded) in {@code <proprietary>}, in Consulta's own namespace, so that {@link AknReader}
 * restores it.
 */
final class AknMeta {
  static final String SOURCE = "#consulta";
  static final String ORGANIZATION = "consulta";
  static final String VERSION_EVENT = "version_";
  static final String WORKING_TEXT = "workingText";

  private final Edition edition;
  private final Language lang;
  private final XmlOut out;

  AknMeta(Edition edition, XmlOut out) {
    this.edition = edition;
    this.lang = edition.language();
    this.out = out;
  }

  void write() {
    EditionVersion version = edition.version();
    String work = edition.workUri();
    String expression = work + "/" + AknLanguage.code(lang) + "@" + date(version.at());
    out.open("meta");
    out.open("identification", "source", SOURCE);
    out.open("FRBRWork");
    out.empty("FRBRthis", "value", work + "/!main");
    out.empty("FRBRuri", "value", work);
    EditionVersion first = edition.history().isEmpty() ? version : edition.history().get(0);
    out.empty(
        "FRBRdate",
        "date",
        date(first.at()),
        "name",
        first.recorded() ? "firstVersion" : WORKING_TEXT);
    out.empty("FRBRauthor", "href", SOURCE);
    out.empty("FRBRcountry", "value", AknWork.country(work));
    out.empty("FRBRprescriptive", "value", "false");
    out.close();
    out.open("FRBRExpression");
    out.empty("FRBRthis", "value", expression + "/!main");
    out.empty("FRBRuri", "value", expression);
    out.empty(
        "FRBRdate",
        "date",
        date(version.at()),
        "name",
        version.recorded() ? "version" : WORKING_TEXT);
    out.empty("FRBRauthor", "href", SOURCE);
    if (version.recorded()) {
      out.empty("FRBRversionNumber", "value", version.number().toString());
    }
    out.empty("FRBRlanguage", "language", AknLanguage.code(lang));
    out.close();
    out.open("FRBRManifestation");
    out.empty("FRBRthis", "value", expression + "/!main.xml");
    out.empty("FRBRuri", "value", expression + ".akn");
    out.empty("FRBRdate", "date", date(edition.generatedAt()), "name", "generation");
    out.empty("FRBRauthor", "href", SOURCE);
    out.empty("FRBRformat", "value", AknMediaType.AKN);
    out.close();
    out.close();
    List<Event> events = events();
    out.open("lifecycle", "source", SOURCE);
    for (Event event : events) {
      out.empty(
          "eventRef",
          "eId",
          "evt_" + event.id(),
          "date",
          date(event.at()),
          "source",
          SOURCE,
          "refersTo",
          "#" + event.id(),
          "type",
          event.type());
    }
    out.close();
    out.open("references", "source", SOURCE);
    out.empty(
        "TLCOrganization",
        "eId",
        ORGANIZATION,
        "href",
        "/akn/ontology/organizations/consulta",
        "showAs",
        "Consulta");
    for (Event event : events) {
      out.empty(
          "TLCEvent",
          "eId",
          event.id(),
          "href",
          "/akn/ontology/events/consulta/" + event.id(),
          "showAs",
          event.label());
    }
    out.close();
    if (version.recorded()) {
      out.open("proprietary", "source", SOURCE);
      out.emptyIn(
          AknExport.CONSULTA,
          "version",
          "number",
          version.number().toString(),
          "label",
          version.label(),
          "recorded",
          version.at().toString());
      out.close();
    }
    out.close();
  }

  /** A recorded version, or the working text, as a lifecycle event. */
  private record Event(String id, Instant at, String type, String label) {}

  private List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (EditionVersion v : edition.history()) {
      events.add(
          new Event(
              VERSION_EVENT + v.number(),
              v.at(),
              events.isEmpty() ? "generation" : "amendment",
              v.label()));
    }
    EditionVersion version = edition.version();
    if (!version.recorded()) {
      events.add(
          new Event(
              WORKING_TEXT,
              version.at(),
              events.isEmpty() ? "generation" : "amendment",
              EditionWords.of(lang).workingText));
    }
    return events;
  }

  static String date(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
  }
}
