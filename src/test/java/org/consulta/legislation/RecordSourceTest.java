package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class RecordSourceTest {
  @Test
  void readsEveryFieldOfTheCorpusFormat() {
    List<SourceRecord> read = Corpora.read("provisions.jsonl", ImportFormat.JSONL);
    assertEquals(8, read.size());
    assertTrue(read.stream().allMatch(SourceRecord::ok));
    ProvisionRecord first = read.get(0).record();
    assertEquals("cl/es/ley-1/art-1", first.id());
    assertEquals(Language.es, first.language());
    assertEquals(InstrumentType.LAW, first.instrumentType());
    assertEquals(2024, first.year());
    assertEquals(true, first.inForce());
    assertEquals("https://example.org/cl/ley-1", first.sourceUrl());
    assertNull(read.get(4).record().inForce());
    assertEquals(8, read.get(7).line());
  }

  @Test
  void reportsEachBrokenLineWithItsNumberAndKeepsTheOthers() {
    List<SourceRecord> read = Corpora.read("broken.jsonl", ImportFormat.JSONL);
    List<ImportError> errors = read.stream().filter(r -> !r.ok()).map(SourceRecord::error).toList();
    assertEquals(List.of(3L, 5L, 7L), errors.stream().map(ImportError::line).toList());
    assertTrue(errors.get(0).message().startsWith("not valid JSON"), errors.get(0).message());
    assertEquals("year", errors.get(1).field());
    assertEquals("language", errors.get(2).field());
    assertEquals(
        List.of(1L, 2L, 4L, 8L),
        read.stream().filter(SourceRecord::ok).map(SourceRecord::line).toList());
  }

  @Test
  void readsGzipByItsMagicNumber() throws IOException {
    var zipped = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(zipped);
        var plain = Corpora.stream("provisions.jsonl")) {
      plain.transferTo(gzip);
    }
    var read =
        Corpora.readAll(ImportFormat.JSONL.open(new ByteArrayInputStream(zipped.toByteArray())));
    assertEquals(
        Corpora.records("provisions.jsonl"), read.stream().map(SourceRecord::record).toList());
  }

  @Test
  void refusesUnknownFieldsAndWrongTypesByName() throws IOException {
    String jsonl =
        """
        {"id": "cl/es/x/art-1", "colour": "red"}
        {"id": "cl/es/x/art-1", "country": "CL", "language": "es", "instrument_id": "cl/x", "instrument_title": "X", "instrument_type": "law", "provision_label": "1", "text": "T", "licence": "l", "in_force": "yes"}
        {"id": "pe/es/x/art-1", "country": "CL", "language": "es", "instrument_id": "cl/x", "instrument_title": "X", "instrument_type": "law", "provision_label": "1", "text": "T", "licence": "l"}
        {"id": "cl/es/x/art-1", "country": "CL", "language": "es", "instrument_id": "cl/x", "instrument_title": "X", "instrument_type": "statute", "provision_label": "1", "text": "T", "licence": "l"}
        {"id": "cl/es/x/art-1", "country": "CL", "language": "es", "instrument_id": "cl/x", "instrument_title": "X", "instrument_type": "law", "provision_label": "1", "text": " ", "licence": "l"}
        [1, 2]
        """;
    var read = Corpora.readAll(ImportFormat.JSONL.open(bytes(jsonl)));
    assertEquals(
        List.of("colour", "in_force", "id", "instrument_type", "text"),
        read.subList(0, 5).stream().map(r -> r.error().field()).toList());
    assertEquals("the line is not a JSON object", read.get(5).error().message());
  }

  @Test
  void readsCsvWithQuotedCellsAndNumbersRecordsByTheirFirstLine() {
    List<SourceRecord> read = Corpora.read("provisions.csv", ImportFormat.CSV);
    assertEquals(3, read.size());
    assertEquals(2, read.get(0).line());
    assertEquals("Ley de cuotas, \"paridad\"", read.get(0).record().instrumentTitle());
    assertEquals("Primer inciso, con coma.\nSegundo inciso.", read.get(0).record().text());
    assertEquals(4, read.get(1).line());
    assertEquals("year", read.get(1).error().field());
    assertEquals(5, read.get(2).line());
    assertEquals(false, read.get(2).record().inForce());
    assertNull(read.get(2).record().year());
  }

  @Test
  void refusesACsvHeaderWithUnknownOrMissingColumns() {
    var unknown =
        assertThrows(BadRecord.class, () -> ImportFormat.CSV.open(bytes("id,colour\nx,y\n")));
    assertEquals("header", unknown.field());
    var missing = assertThrows(BadRecord.class, () -> ImportFormat.CSV.open(bytes("id,text\n")));
    assertTrue(missing.getMessage().contains("'country' is missing"), missing.getMessage());
  }

  @Test
  void reportsAnUnclosedQuoteAtTheLineItOpens() throws IOException {
    String csv =
        "id,country,language,instrument_id,instrument_title,instrument_type,provision_label,text,licence\n"
            + "cl/es/x/art-1,CL,es,cl/x,X,law,1,\"never closed\n,l\n";
    var read = Corpora.readAll(ImportFormat.CSV.open(bytes(csv)));
    assertEquals(1, read.size());
    assertEquals(2, read.get(0).line());
    assertEquals("a quoted cell is never closed", read.get(0).error().message());
  }

  @Test
  void boundsTheLengthOfALine() throws IOException {
    String huge = "x".repeat(JsonLinesSource.MAX_LINE + 1);
    var read = Corpora.readAll(ImportFormat.JSONL.open(bytes(huge + "\n{}\n")));
    assertEquals(2, read.size());
    assertTrue(read.get(0).error().message().startsWith("the line is longer"));
    assertEquals(2, read.get(1).line());
  }

  @Test
  void anOverNestedLineIsThatLinesErrorAndTheNextLineIsRead() throws IOException {
    String nested = "{\"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String shallow = "{\"id\": [[[\"[[[ in a string is no nesting\"]]]}";
    var read = Corpora.readAll(ImportFormat.JSONL.open(bytes(nested + "\n" + shallow + "\n{}\n")));
    assertEquals(3, read.size());
    assertEquals(1, read.get(0).line());
    assertTrue(read.get(0).error().message().contains("nested"), read.get(0).error().message());
    assertTrue(
        read.get(1).error().message().contains("id must be a string"),
        read.get(1).error().message());
    assertEquals(3, read.get(2).line());
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
