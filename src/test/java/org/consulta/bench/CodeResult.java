package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
  double replaySeconds;
  double createSeconds;
  boolean lastVersionReadsBack;
  final Percentiles writes = new Percentiles();
  final Percentiles versionRecords = new Percentiles();
  final Percentiles versionReads = new Percentiles();
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
                .add("databaseFileGrowth", databaseBytesAdded))
        .add("versionReadLatency", versionReads.json())
        .add("diffFirstToLastLatency", firstToLastDiff.json())
        .add("diffRandomPairsLatency", pairDiffs.json())
        .add("diffAllLatency", allDiffs().json())
        .add("lastVersionReadsBackExactly", lastVersionReadsBack)
        .build();
  }
}
