package org.consulta.consultation;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.consultation.ConsultationReport.Answer;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Contribution;

/**
 * The report as JSON, written field by field as its sections come: what JSON-B would write (null
 * fields left out, instants in ISO-8601), without its cost. JSON-B hashes each record it writes to
 * guard against cycles, and a record's hash reads all it holds: over a hundred thousand
 * contributions that was more than half of the report's time.
 */
public final class ReportJson {
  private final JsonGenerator json;

  private ReportJson(JsonGenerator json) {
    this.json = json;
  }

  public static void write(ConsultationReport report, OutputStream out) {
    try (JsonGenerator json = Json.createGenerator(out)) {
      new ReportJson(json).report(report);
    }
  }

  private void report(ConsultationReport r) {
    json.writeStartObject();
    round(r.round());
    text("language", r.language().name());
    instant("generatedAt", r.generatedAt());
    totals(r.totals());
    counts("byCountry", r.byCountry());
    counts("bySector", r.bySector());
    counts("byOrganisation", r.byOrganisation());
    counts("byChannel", r.byChannel());
    json.writeStartArray("byMeeting");
    r.byMeeting().forEach(this::meeting);
    json.writeEnd();
    counts("byDisposition", r.byDisposition());
    counts("byAnchorState", r.byAnchorState());
    json.writeStartArray("perArticle");
    for (var a : r.perArticle()) {
      json.writeStartObject();
      text("eId", a.eId());
      number("number", a.number());
      json.write("contributions", a.contributions());
      json.writeEnd();
    }
    json.writeEnd();
    json.writeStartArray("articles");
    r.articles().forEach(this::section);
    json.writeEnd();
    json.writeStartArray("withoutContributions");
    for (var run : r.withoutContributions()) {
      json.writeStartObject().write("from", run.from()).write("to", run.to()).writeEnd();
    }
    json.writeEnd();
    json.writeStartArray("unanswered");
    for (var u : r.unanswered()) {
      json.writeStartObject().write("id", u.id());
      text("article", u.article());
      text("kind", u.kind());
      text("author", u.author());
      json.writeEnd();
    }
    json.writeEnd();
    json.writeEnd();
  }

  private void round(ConsultationReport.Round round) {
    json.writeStartObject("round").write("id", round.id());
    text("law", round.law());
    text("lawTitle", round.lawTitle());
    text("workUri", round.workUri());
    json.write("version", round.version());
    text("title", round.title());
    json.writeStartArray("languages");
    round.languages().forEach(l -> json.write(l.name()));
    json.writeEnd();
    text("status", round.status());
    instant("startsAt", round.startsAt());
    instant("endsAt", round.endsAt());
    json.writeEnd();
  }

  private void totals(ConsultationReport.Totals totals) {
    json.writeStartObject("totals");
    totals.named().forEach(json::write);
    json.writeEnd();
  }

  private void meeting(ConsultationReport.MeetingCount m) {
    json.writeStartObject().write("id", m.id());
    text("title", m.title());
    instant("startsAt", m.startsAt());
    text("timeZone", m.timeZone());
    text("place", m.place());
    json.write("virtual", m.virtual()).write("contributions", m.contributions()).writeEnd();
  }

  private void section(ArticleSection s) {
    json.writeStartObject();
    text("eId", s.eId());
    number("number", s.number());
    text("heading", s.heading());
    text("text", s.text());
    json.write("threads", s.threads());
    contributions("contributions", s.contributions());
    json.writeEnd();
  }

  private void contributions(String name, List<Contribution> contributions) {
    json.writeStartArray(name);
    contributions.forEach(this::contribution);
    json.writeEnd();
  }

  private void contribution(Contribution c) {
    json.writeStartObject().write("id", c.id());
    text("kind", c.kind());
    text("lang", c.lang().name());
    var author = c.author();
    json.writeStartObject("author");
    text("displayName", author.displayName());
    text("organisation", author.organisation());
    text("country", author.country());
    text("sector", author.sector());
    json.writeEnd();
    text("channel", c.channel());
    text("meeting", c.meeting());
    instant("createdAt", c.createdAt());
    text("passage", c.passage());
    text("anchorState", c.anchorState());
    text("text", c.text());
    text("replacement", c.replacement());
    text("hiddenReason", c.hiddenReason());
    instant("withdrawnAt", c.withdrawnAt());
    if (c.answer() != null) {
      answer(c.answer());
    }
    json.writeStartArray("attachments");
    c.attachments().forEach(json::write);
    json.writeEnd();
    contributions("replies", c.replies());
    json.writeEnd();
  }

  private void answer(Answer a) {
    json.writeStartObject("answer");
    text("disposition", a.disposition());
    text("response", a.response());
    text("by", a.by());
    instant("at", a.at());
    if (a.implementedIn() != null) {
      json.writeStartObject("implementedIn").write("number", a.implementedIn().number());
      text("link", a.implementedIn().link());
      json.writeEnd();
    }
    json.writeEnd();
  }

  private void counts(String name, Map<String, Long> counts) {
    json.writeStartObject(name);
    counts.forEach(json::write);
    json.writeEnd();
  }

  private void text(String name, String value) {
    if (value != null) {
      json.write(name, value);
    }
  }

  private void number(String name, Integer value) {
    if (value != null) {
      json.write(name, value);
    }
  }

  private void instant(String name, Instant value) {
    if (value != null) {
      json.write(name, value.toString());
    }
  }
}
