package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  /** The sections as JSON-B would write a list of them. */
  private static final class SectionsAsArray implements JsonbSerializer<ReportSections> {
    @Override
    public void serialize(ReportSections sections, JsonGenerator json, SerializationContext ctx) {
      json.writeStartArray();
      sections.forEach(section -> ctx.serialize(section, json));
      json.writeEnd();
    }
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonObject written(ConsultationReport report) {
    var out = new ByteArrayOutputStream();
    ReportJson.write(report, out);
    return parse(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theReportIsWhatJsonBWouldWriteForEveryKindOfContribution() throws Exception {
    // Answered with a revision, replies to replies, hidden, withdrawn, a suggestion on a passage,
    // a meeting's speaker, an organisation of the registry, articles without contributions.
    for (var report :
        List.of(
            ReportExample.report(Language.es, ReportExample.withdrawn(20, "art_2")),
            ReportExample.report(Language.en),
            ReportExample.withAWithdrawnContribution())) {
      JsonObject expected;
      try (Jsonb jsonb =
          JsonbBuilder.create(new JsonbConfig().withSerializers(new SectionsAsArray()))) {
        expected = parse(jsonb.toJson(report));
      }
      assertEquals(expected, written(report));
    }
  }

  @Test
  void theSectionsAreAnArrayInTheConsultedOrder() {
    var articles = written(ReportExample.report(Language.es)).getJsonArray("articles");
    assertEquals(
        List.of("art_2", "art_3", "art_10"),
        articles.getValuesAs(JsonObject.class).stream().map(a -> a.getString("eId")).toList());
    var thread = articles.getJsonObject(1).getJsonArray("contributions").getJsonObject(0);
    assertEquals(2, thread.getJsonArray("replies").size());
  }
}
