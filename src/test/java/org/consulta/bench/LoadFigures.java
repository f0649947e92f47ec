package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What loading the round measured. Each loading thread fills its own, and they are added up at the
 * end.
 */
final class LoadFigures {
  final Percentiles comments = new Percentiles();
  final Percentiles suggestions = new Percentiles();
  final Percentiles atMeetings = new Percentiles();
  final Percentiles revisions = new Percentiles();
  final Map<Redraft, Integer> revisionKinds = new EnumMap<>(Redraft.class);
  int namedSpeakers;
  int wholeArticle;
  int onPassage;
  int onHead;
  int onEarlierRevision;
  int onConsultedVersion;
  int failed;
  int threads;
  double seconds;

  void add(LoadFigures other) {
    comments.addAll(other.comments);
    suggestions.addAll(other.suggestions);
    atMeetings.addAll(other.atMeetings);
    revisions.addAll(other.revisions);
    namedSpeakers += other.namedSpeakers;
    other.revisionKinds.forEach((kind, n) -> revisionKinds.merge(kind, n, Integer::sum));
    wholeArticle += other.wholeArticle;
    onPassage += other.onPassage;
    onHead += other.onHead;
    onEarlierRevision += other.onEarlierRevision;
    onConsultedVersion += other.onConsultedVersion;
    failed += other.failed;
  }

  int contributions() {
    return comments.count() + suggestions.count() + atMeetings.count();
  }

  /**
   * Comments, suggestions and meeting contributions taken per second, revisions written in between
   * included.
   */
  double rate() {
    return seconds > 0 ? contributions() / seconds : 0;
  }

  JsonObject json() {
    var kinds = Json.createObjectBuilder();
    revisionKinds.forEach((kind, n) -> kinds.add(kind.name().toLowerCase(Locale.ROOT), n));
    return Json.createObjectBuilder()
        .add("threads", threads)
        .add("seconds", Math.round(seconds * 10) / 10.0)
        .add("contributionsPerSecond", Math.round(rate() * 10) / 10.0)
        .add("comments", comments.count())
        .add("suggestions", suggestions.count())
        .add("atMeetings", atMeetings.count())
        .add("namedSpeakersAtMeetings", namedSpeakers)
        .add("revisions", revisions.count())
        .add("failedRequests", failed)
        .add("wholeArticle", wholeArticle)
        .add("onPassage", onPassage)
        .add(
            "commentedRevision",
            Json.createObjectBuilder()
                .add("head", onHead)
                .add("earlier", onEarlierRevision)
                .add("consultedVersion", onConsultedVersion))
        .add("revisionKinds", kinds)
        .add("commentLatency", comments.json())
        .add("suggestionLatency", suggestions.json())
        .add("meetingContributionLatency", atMeetings.json())
        .add("revisionLatency", revisions.json())
        .build();
  }
}
