package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class ReportSectionsTest {
  @Test
  void theJsonListsTheSectionsAsAnArrayBesideTheSummary() throws Exception {
    String json;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      json = jsonb.toJson(ReportExample.report(Language.es));
    }
    JsonObject report = Json.createReader(new StringReader(json)).readObject();
    assertEquals(
        List.of("art_2", "art_3", "art_10"),
        report.getJsonArray("articles").getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("eId"))
            .toList());
    var art3 = report.getJsonArray("articles").getJsonObject(1);
    assertEquals(
        2, art3.getJsonArray("contributions").getJsonObject(0).getJsonArray("replies").size());
    assertEquals(6, report.getJsonObject("totals").getInt("contributions"));
    assertEquals(10, report.getJsonObject("totals").size(), "the totals, nothing else");
  }

  @Test
  void sectionsReadFromTheDatabaseAreHandedOverOnce() {
    List<String> handed = new ArrayList<>();
    var sections =
        ReportSections.streamed(
            sink -> ReportExample.sections(ReportExample.report(Language.es)).forEach(sink));
    sections.forEach(s -> handed.add(s.eId()));
    assertEquals(List.of("art_2", "art_3", "art_10"), handed);
    assertThrows(IllegalStateException.class, () -> sections.forEach(s -> handed.add(s.eId())));
  }
}
