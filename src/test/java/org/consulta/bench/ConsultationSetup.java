package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Prepares a round to load: two fresh copies of a law, one to consult and one that gets no comments
 * (the baseline for edit latency), a version recorded, a round opened on it for a week, a registry
 * of organisations imported from a CSV file, participants registered across countries and sectors
 * (each for an organisation of the registry), and meetings held on the round.
 */
final class ConsultationSetup {
  static final String LANG = "es";

  /**
   * An open round ready for comments, the articles it is about, its participants (usernames in the
   * same order), the organisations imported and the meetings held on it.
   */
  record Round(
      long id,
      String law,
      String quietLaw,
      List<ArticleTimeline> articles,
      List<ArticleTimeline> quietArticles,
      List<ConsultaApi> participants,
      List<String> usernames,
      Registry registry,
      List<Long> meetings) {}

  /** An organisation of the registry by its id, and what a speaker for it gives. */
  record Member(long id, OrganisationRegistry.Entry entry) {}

  /** The organisations imported: how many the file had, created, skipped, and how long it took. */
  record Registry(List<Member> members, int created, int skipped, double seconds) {
    static final Registry NONE = new Registry(List.of(), 0, 0, 0);
  }

  /** A participant, logged in. */
  private record Registered(String username, ConsultaApi api) {}

  static final List<String> COUNTRIES =
      List.of(
          "AR", "BO", "BR", "CA", "CL", "CO", "CR", "DO", "EC", "GT", "HN", "JM", "MX", "PA", "PE",
          "PY", "SV", "TT", "US", "UY");

  /** Where a meeting is held: a city and its time zone. */
  private record Venue(String zone, String city) {}

  private static final List<Venue> VENUES =
      List.of(
          new Venue("America/Bogota", "Bogotá"),
          new Venue("America/Mexico_City", "Ciudad de México"),
          new Venue("America/Lima", "Lima"),
          new Venue("America/Argentina/Buenos_Aires", "Buenos Aires"),
          new Venue("America/Santiago", "Santiago"),
          new Venue("America/Panama", "Ciudad de Panamá"),
          new Venue("America/Sao_Paulo", "Brasília"),
          new Venue("America/Guatemala", "Ciudad de Guatemala"));

  static final List<String> SECTORS =
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
    Registry registry = organisations();
    List<Registered> registered = participants(pool, registry.members());
    return new Round(
        id,
        law,
        quietLaw,
        timelines(law),
        timelines(quietLaw),
        registered.stream().map(Registered::api).toList(),
        registered.stream().map(Registered::username).toList(),
        registry,
        meetings(id, registered, registry.members()));
  }

  /** Imports the registry in one CSV file, as a drafter would upload it. */
  private Registry organisations() throws IOException, InterruptedException {
    if (options.organisations() == 0) {
      return Registry.NONE;
    }
    var file = new OrganisationRegistry(options.organisations(), run, COUNTRIES);
    ConsultaApi.Answer answer =
        expect(
            admin.send("POST", "organisations/imports", file.csv(), null, "text/csv"),
            "importing " + options.organisations() + " organisations");
    JsonObject report = answer.json();
    Map<String, Long> ids = new HashMap<>();
    for (JsonObject created : report.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
      ids.put(created.getString("name"), created.getJsonNumber("id").longValue());
    }
    for (JsonObject skipped : report.getJsonArray("skipped").getValuesAs(JsonObject.class)) {
      ids.put(skipped.getString("name"), skipped.getJsonNumber("matches").longValue());
    }
    List<Member> members = new ArrayList<>();
    for (OrganisationRegistry.Entry entry : file.entries()) {
      Long id = ids.get(entry.name());
      if (id == null) {
        throw new IllegalStateException("the import did not answer for '" + entry.name() + "'");
      }
      members.add(new Member(id, entry));
    }
    return new Registry(
        members,
        report.getInt("created"),
        report.getJsonArray("skipped").size(),
        answer.nanos() / 1e9);
  }

  /**
   * Holds the meetings two hours apart, the last two hours ago (a rapporteur records only what was
   * said already), in the time zones of the region; every third is virtual. Each records some
   * participants, organisations and head counts as its attendance.
   */
  private List<Long> meetings(long round, List<Registered> participants, List<Member> members)
      throws IOException, InterruptedException {
    List<Long> ids = new ArrayList<>();
    int count = options.meetings();
    for (int i = 0; i < count; i++) {
      Venue venue = VENUES.get(i % VENUES.size());
      ZoneId zone = ZoneId.of(venue.zone());
      boolean virtual = i % 3 == 2;
      var attendance = Json.createObjectBuilder();
      var people = Json.createArrayBuilder();
      for (int p = 0; p < Math.min(5, participants.size()); p++) {
        people.add(participants.get((i * 5 + p) % participants.size()).username());
      }
      attendance.add("participants", people);
      var present = Json.createArrayBuilder();
      for (int m = 0; m < Math.min(8, members.size()); m++) {
        present.add(
            Json.createObjectBuilder().add("id", members.get((i * 8 + m) % members.size()).id()));
      }
      attendance.add("organisations", present);
      attendance.add(
          "headCounts",
          Json.createArrayBuilder()
              .add(headCount("civil_society", COUNTRIES.get(i % COUNTRIES.size()), 12 + i))
              .add(headCount("government", COUNTRIES.get(i % COUNTRIES.size()), 3 + i % 4)));
      var meeting =
          Json.createObjectBuilder()
              .add("title", "Reunión de consulta " + (i + 1) + " (" + venue.city() + ")")
              .add(
                  "startsAt",
                  LocalDateTime.now(zone)
                      .minusHours(2L * (count - i))
                      .truncatedTo(ChronoUnit.MINUTES)
                      .toString())
              .add("timeZone", venue.zone())
              .add("virtual", virtual)
              .add("organiser", "Comisión de Igualdad de Género")
              .add("lang", LANG)
              .add("attendance", attendance);
      if (!virtual) {
        meeting.add("place", venue.city());
      }
      ids.add(
          expect(
                  admin.send(
                      "POST",
                      "consultations/" + round + "/meetings",
                      meeting.build().toString(),
                      null),
                  "holding meeting " + (i + 1))
              .json()
              .getJsonNumber("id")
              .longValue());
    }
    return ids;
  }

  private static JsonObject headCount(String sector, String country, int people) {
    return Json.createObjectBuilder()
        .add("sector", sector)
        .add("country", country)
        .add("people", people)
        .build();
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
  private List<Registered> participants(ExecutorService pool, List<Member> members)
      throws InterruptedException {
    List<Callable<Registered>> registrations = new ArrayList<>();
    for (int i = 0; i < options.participants(); i++) {
      int n = i;
      // Spread over the registry, so that contributions count for organisations across it.
      Member member =
          members.isEmpty()
              ? null
              : members.get((int) ((long) n * members.size() / options.participants()));
      registrations.add(() -> participant(n, member));
    }
    List<Registered> participants = new ArrayList<>();
    for (Future<Registered> registered : pool.invokeAll(registrations)) {
      try {
        participants.add(registered.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("registering a participant failed", e.getCause());
      }
    }
    return participants;
  }

  /** A participant speaking for {@code member}, or for a new organisation when null. */
  private Registered participant(int n, Member member) throws IOException, InterruptedException {
    String username = "bench-" + run + "-" + n;
    String password = "participant-" + n + "-" + run;
    String country = COUNTRIES.get(n % COUNTRIES.size());
    var registration =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .add("email", username + "@example.org");
    if (member == null) {
      registration
          .add("organisation", "Organisation " + n)
          .add("country", country)
          .add("sector", SECTORS.get(n % SECTORS.size()));
    } else {
      registration
          .add("organisationId", member.id())
          .add("country", member.entry().countryOr(country))
          .add("sector", member.entry().sector());
    }
    expect(
        admin.send("POST", "participants", registration.build().toString(), null),
        "registering " + username);
    return new Registered(username, admin.as(username, password));
  }

  static ConsultaApi.Answer expect(ConsultaApi.Answer answer, String what) {
    if (!answer.ok()) {
      throw new IllegalStateException(what + " failed: " + answer.status() + " " + answer.body());
    }
    return answer;
  }
}
