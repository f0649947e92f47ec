package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the benchmark measured for one code. */
final class CodeResult {
  final String code;
  String slug;
  int versionsInHistory;
  int versionsReplayed;
  int articlesInFirstVersion;
  int articlesInLastVersion;
  long revisions;
  long edits;
  long unchangedEdits;
  long inserts;
  long moves;
  long deletes;
  long storedTextBytes;
  long historyTextBytes;
  long xzBytes;
  long gitPackBytes = -1;
  long databaseBytesAdded = -1;

  /** Growth of each table with its TOAST table and indexes during the replay. */
  Map<String, Long> relationGrowth = Map.of();

  long walBytesWritten = -1;
  double replayEngineCpuSeconds = -1;
  double replayPostgresCpuSeconds = -1;
  double readEngineCpuSeconds = -1;
  double readPostgresCpuSeconds = -1;

  /** Versions read back equal to the history's text, of {@link #versionsReplayed}. */
  int versionsReadBackExactly = -1;

  /** Article revisions written, as {@code eId/revisions/n} below the law's articles. */
  final List<String> writtenRevisions = new ArrayList<>();

  double replaySeconds;
  double createSeconds;
  boolean lastVersionReadsBack;
  final Percentiles writes = new Percentiles();
  final Percentiles versionRecords = new Percentiles();
  final Percentiles versionReads = new Percentiles();
  final Percentiles revisionReads = new Percentiles();
  final Percentiles firstToLastDiff = new Percentiles();
  final Percentiles pairDiffs = new Percentiles();

  CodeResult(String code) {
    this.code = code;
  }

  double revisionsPerSecond() {
    return replaySeconds > 0 ? revisions / replaySeconds : 0;
  }

  /** Every whole-law diff measured, the first-to-last one included. */
  Percentiles allDiffs() {
    Percentiles all = new Percentiles();
    all.addAll(firstToLastDiff);
    all.addAll(pairDiffs);
    return all;
  }

  JsonObject json() {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("law", slug == null ? "(all laws)" : slug)
        .add("versionsInHistory", versionsInHistory)
        .add("versionsReplayed", versionsReplayed)
        .add("articlesInFirstVersion", articlesInFirstVersion)
        .add("articlesInLastVersion", articlesInLastVersion)
        .add(
            "revisionsWritten",
            Json.createObjectBuilder()
                .add("total", revisions)
                .add("atCreation", articlesInFirstVersion)
                .add("edits", edits)
                .add("inserts", inserts)
                .add("moves", moves)
                .add("deletes", deletes)
                .add("editsThatChangedNothing", unchangedEdits))
        .add("replaySeconds", replaySeconds)
        .add("lawCreationSeconds", createSeconds)
        .add("revisionsPerSecond", Math.round(revisionsPerSecond() * 10) / 10.0)
        .add("articleWriteLatency", writes.json())
        .add("versionRecordLatency", versionRecords.json())
        .add(
            "bytes",
            Json.createObjectBuilder()
                .add("storedArticleText", storedTextBytes)
                .add("historyTextUncompressed", historyTextBytes)
                .add("historyXz", xzBytes)
                .add("gitPack", gitPackBytes)
                .add("databaseRelationGrowth", databaseBytesAdded)
                .add("byRelation", relations())
                .add("walWritten", walBytesWritten))
        .add(
            "cpuSeconds",
            Json.createObjectBuilder()
                .add("replayEngine", replayEngineCpuSeconds)
                .add("replayPostgres", replayPostgresCpuSeconds)
                .add("readsEngine", readEngineCpuSeconds)
                .add("readsPostgres", readPostgresCpuSeconds))
        .add("versionReadLatency", versionReads.json())
        .add("articleRevisionReadLatency", revisionReads.json())
        .add("diffFirstToLastLatency", firstToLastDiff.json())
        .add("diffRandomPairsLatency", pairDiffs.json())
        .add("diffAllLatency", allDiffs().json())
        .add("lastVersionReadsBackExactly", lastVersionReadsBack)
        .add("versionsReadBackExactly", versionsReadBackExactly)
        .build();
  }

  private JsonObjectBuilder relations() {
    var relations = Json.createObjectBuilder();
    relationGrowth.forEach(relations::add);
    return relations;
  }
}
