package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Prepares a round to load: two fresh copies of a law, one to consult and one that gets no comments
 * (the baseline for edit latency), a version recorded, a round opened on it for a week, and
 * participants registered across countries and sectors.
 */
final class ConsultationSetup {
  static final String LANG = "es";

  /** An open round ready for comments, and the articles it is about. */
  record Round(
      long id,
      String law,
      String quietLaw,
      List<ArticleTimeline> articles,
      List<ArticleTimeline> quietArticles,
      List<ConsultaApi> participants) {}

  private static final List<String> COUNTRIES =
      List.of(
          "AR", "BO", "BR", "CA", "CL", "CO", "CR", "DO", "EC", "GT", "HN", "JM", "MX", "PA", "PE",
          "PY", "SV", "TT", "US", "UY");
  private static final List<String> SECTORS =
      List.of(
          "government",
          "parliament",
          "judiciary",
          "national_human_rights_institution",
          "civil_society",
          "academia",
          "international_organisation",
          "private_sector",
          "individual");

  private final ConsultaApi admin;
  private final ConsultationOptions options;
  private final String run;

  /** {@code run} tells this run's laws and participants apart from earlier runs' ones. */
  ConsultationSetup(ConsultaApi admin, ConsultationOptions options, String run) {
    this.admin = admin;
    this.options = options;
    this.run = run;
  }

  Round prepare(ExecutorService pool) throws IOException, InterruptedException {
    String law = options.law() + "-consulted-" + run;
    String quietLaw = options.law() + "-quiet-" + run;
    Map<String, JsonObject> views = views(options.law());
    create(law, views);
    create(quietLaw, views);
    expect(
        admin.send("POST", "laws/" + law + "/versions", "{\"label\": \"For consultation\"}", null),
        "recording a version");
    String round =
        Json.createObjectBuilder()
            .add("title", "Benchmark round " + run)
            .add("endsAt", Instant.now().plus(Duration.ofDays(7)).toString())
            .build()
            .toString();
    long id =
        expect(admin.send("POST", "laws/" + law + "/consultations", round, null), "opening a round")
            .json()
            .getJsonNumber("id")
            .longValue();
    return new Round(id, law, quietLaw, timelines(law), timelines(quietLaw), participants(pool));
  }

  /** The law in each of its languages, by language code. */
  private Map<String, JsonObject> views(String slug) throws IOException, InterruptedException {
    JsonObject first =
        expect(admin.get("laws/" + slug + "?lang=" + LANG), "reading the law").json();
    Map<String, JsonObject> views = new LinkedHashMap<>();
    for (JsonString lang : first.getJsonArray("languages").getValuesAs(JsonString.class)) {
      String code = lang.getString();
      views.put(
          code,
          code.equals(LANG)
              ? first
              : expect(admin.get("laws/" + slug + "?lang=" + code), "reading the law").json());
    }
    return views;
  }

  private void create(String slug, Map<String, JsonObject> views)
      throws IOException, InterruptedException {
    expect(admin.send("POST", "laws", LawCopy.body(slug, views), null), "creating law " + slug);
  }

  private List<ArticleTimeline> timelines(String slug) throws IOException, InterruptedException {
    List<ArticleTimeline> articles = new ArrayList<>();
    Map<String, JsonObject> byEId = new LinkedHashMap<>();
    LawCopy.index(
        expect(admin.get("laws/" + slug + "?lang=" + LANG), "reading " + slug)
            .json()
            .getJsonArray("body"),
        byEId);
    for (JsonObject node : byEId.values()) {
      if ("article".equals(node.getString("type"))) {
        articles.add(
            new ArticleTimeline(
                slug, node.getString("eId"), LANG, node.getString("text"), node.getString("etag")));
      }
    }
    return articles;
  }

  /** Registers the participants in parallel (each costs two password hashes) and logs them in. */
  private List<ConsultaApi> participants(ExecutorService pool) throws InterruptedException {
    List<Callable<ConsultaApi>> registrations = new ArrayList<>();
    for (int i = 0; i < options.participants(); i++) {
      int n = i;
      registrations.add(() -> participant(n));
    }
    List<ConsultaApi> participants = new ArrayList<>();
    for (Future<ConsultaApi> registered : pool.invokeAll(registrations)) {
      try {
        participants.add(registered.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("registering a participant failed", e.getCause());
      }
    }
    return participants;
  }

  private ConsultaApi participant(int n) throws IOException, InterruptedException {
    String username = "bench-" + run + "-" + n;
    String password = "participant-" + n + "-" + run;
    String registration =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .add("email", username + "@example.org")
            .add("organisation", "Organisation " + n)
            .add("country", COUNTRIES.get(n % COUNTRIES.size()))
            .add("sector", SECTORS.get(n % SECTORS.size()))
            .build()
            .toString();
    expect(admin.send("POST", "participants", registration, null), "registering " + username);
    return admin.as(username, password);
  }

  static ConsultaApi.Answer expect(ConsultaApi.Answer answer, String what) {
    if (!answer.ok()) {
      throw new IllegalStateException(what + " failed: " + answer.status() + " " + answer.body());
    }
    return answer;
  }
}
