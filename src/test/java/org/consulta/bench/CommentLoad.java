package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Loads the round from several threads: comments and suggestions by random participants on random
 * articles, and a share of contributions recorded by the drafter as rapporteur at the round's
 * meetings (half by registered participants, half by people named with their organisation), with
 * the revisions of the schedule written among them, so that comments are made on the head, on
 * earlier revisions and on the consulted version of every article.
 */
final class CommentLoad {
  private static final double SUGGESTION = 0.05;
  private static final double ON_PASSAGE = 0.80; // suggestions included
  private static final double ON_HEAD = 0.6;
  private static final double ON_EARLIER = 0.2; // the rest: the consulted version, by default
  private static final int FAILURES_TO_STOP = 1000;
  private static final double BY_PARTICIPANT = 0.5; // at meetings; the rest are named speakers
  private static final double PUBLISHABLE = 0.9;
  private static final List<String> SPEAKERS =
      List.of("Ana", "Beatriz", "Carmen", "Daniela", "Elena", "Fernanda", "Gabriela", "Inés");
  private static final List<String> REMARKS =
      List.of(
          "Propongo precisar el alcance de esta disposición.",
          "La redacción es ambigua y puede dar lugar a interpretaciones restrictivas.",
          "Sugerimos armonizar este texto con la legislación electoral vigente.",
          "Falta un plazo concreto para el cumplimiento.",
          "Apoyamos esta redacción, que recoge buenas prácticas de la región.",
          "Convendría incluir a los gobiernos locales.",
          "Debe preverse financiamiento suficiente para su aplicación.");

  private final ConsultaApi drafter;
  private final ConsultationSetup.Round round;
  private final int total;
  private final double meetingShare;
  private final LoadSchedule schedule;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicIntegerArray perArticle;

  /** {@code meetingShare}: the share of contributions recorded at meetings, if there are any. */
  CommentLoad(
      ConsultaApi drafter,
      ConsultationSetup.Round round,
      int comments,
      int revisions,
      double meetingShare) {
    this.drafter = drafter;
    this.round = round;
    this.total = comments;
    this.meetingShare = round.meetings().isEmpty() ? 0 : meetingShare;
    this.schedule = new LoadSchedule(comments, revisions);
    this.perArticle = new AtomicIntegerArray(round.articles().size());
  }

  LoadFigures run(ExecutorService pool, int threads, long seed) throws InterruptedException {
    List<Callable<LoadFigures>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long workerSeed = seed + t;
      workers.add(() -> work(new Random(workerSeed)));
    }
    var figures = new LoadFigures();
    figures.threads = threads;
    long start = System.nanoTime();
    for (Future<LoadFigures> worker : pool.invokeAll(workers)) {
      try {
        figures.add(worker.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("a loading thread failed", e.getCause());
      }
    }
    figures.seconds = (System.nanoTime() - start) / 1e9;
    return figures;
  }

  /** Threads posted on each article, in the order of {@link ConsultationSetup.Round#articles}. */
  int commentsOn(int article) {
    return perArticle.get(article);
  }

  private LoadFigures work(Random random) throws IOException, InterruptedException {
    var figures = new LoadFigures();
    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
      if (drafter.failureCount() > FAILURES_TO_STOP) {
        break; // the errors are in the report; thousands more would say nothing new
      }
      if (total >= 10 && i > 0 && i % (total / 10) == 0) {
        System.err.printf("  %d of %d contributions sent%n", i, total);
      }
      if (schedule.revisesBefore(i)) {
        revise(random, figures);
      }
      contribute(i, random, figures);
    }
    return figures;
  }

  private void revise(Random random, LoadFigures figures) throws IOException, InterruptedException {
    var article = round.articles().get(random.nextInt(round.articles().size()));
    var revised = article.revise(drafter, Redraft.pick(random), random);
    if (revised.answer().ok()) {
      figures.revisions.add(revised.answer().nanos());
      figures.revisionKinds.merge(revised.kind(), 1, Integer::sum);
    } else {
      figures.failed++;
    }
  }

  private void contribute(int n, Random random, LoadFigures figures)
      throws IOException, InterruptedException {
    int a = random.nextInt(round.articles().size());
    ArticleTimeline article = round.articles().get(a);
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("article", article.eId())
            .add("lang", ConsultationSetup.LANG)
            .add("text", "Observación " + n + ". " + REMARKS.get(random.nextInt(REMARKS.size())));
    double where = random.nextDouble();
    ArticleTimeline.Revision revision;
    if (where < ON_HEAD) {
      revision = article.head();
      body.add("revision", revision.number());
    } else if (where < ON_HEAD + ON_EARLIER) {
      revision = article.anyRevision(random);
      body.add("revision", revision.number());
    } else {
      revision = article.revision(1); // the round's version holds every article's first revision
    }
    double kind = random.nextDouble();
    Optional<WordRun> passage =
        kind < ON_PASSAGE ? WordRun.pick(WordRun.words(revision.text()), random) : Optional.empty();
    passage.ifPresent(p -> body.add("passage", p.json(revision.text())));
    boolean atMeeting = random.nextDouble() < meetingShare;
    boolean suggestion = !atMeeting && kind < SUGGESTION && passage.isPresent();
    if (suggestion) {
      String quote = passage.get().quote(revision.text());
      body.add("replacement", Redraft.edit(quote, Redraft.REPLACE_WORDS, random).text());
    }
    ConsultaApi.Answer answer;
    if (atMeeting) {
      long meeting = round.meetings().get(random.nextInt(round.meetings().size()));
      body.add("speaker", speaker(random, figures))
          .add("publishable", random.nextDouble() < PUBLISHABLE);
      String path = "consultations/" + round.id() + "/meetings/" + meeting + "/contributions";
      answer = drafter.send("POST", path, body.build().toString(), null);
    } else {
      int p = random.nextInt(round.participants().size());
      String path = "consultations/" + round.id() + (suggestion ? "/suggestions" : "/comments");
      answer = round.participants().get(p).send("POST", path, body.build().toString(), null);
    }
    if (!answer.ok()) {
      figures.failed++;
      return;
    }
    (atMeeting ? figures.atMeetings : suggestion ? figures.suggestions : figures.comments)
        .add(answer.nanos());
    perArticle.incrementAndGet(a);
    if (where < ON_HEAD) {
      figures.onHead++;
    } else if (where < ON_HEAD + ON_EARLIER) {
      figures.onEarlierRevision++;
    } else {
      figures.onConsultedVersion++;
    }
    if (passage.isPresent()) {
      figures.onPassage++;
    } else {
      figures.wholeArticle++;
    }
  }

  /**
   * Who spoke at a meeting: a registered participant (counted for their organisation), or a person
   * named with their country and sector, speaking for an organisation of the registry if it has
   * any.
   */
  private JsonObjectBuilder speaker(Random random, LoadFigures figures) {
    var speaker = Json.createObjectBuilder();
    if (random.nextDouble() < BY_PARTICIPANT) {
      return speaker.add(
          "participant", round.usernames().get(random.nextInt(round.usernames().size())));
    }
    figures.namedSpeakers++;
    var members = round.registry().members();
    String name =
        SPEAKERS.get(random.nextInt(SPEAKERS.size()))
            + " "
            + (char) ('A' + random.nextInt(26))
            + ".";
    if (members.isEmpty()) {
      var countries = ConsultationSetup.COUNTRIES;
      var sectors = ConsultationSetup.SECTORS;
      return speaker
          .add("name", name)
          .add("country", countries.get(random.nextInt(countries.size())))
          .add("sector", sectors.get(random.nextInt(sectors.size())));
    }
    var member = members.get(random.nextInt(members.size()));
    return speaker
        .add("name", name)
        .add("organisation", member.id())
        .add("country", member.entry().countryOr("MX"))
        .add("sector", member.entry().sector());
  }
}
