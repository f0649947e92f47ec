package org.consulta.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.consulta.consultation.ConsultationReport;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Author;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.consultation.ReportSections;
import org.consulta.drafting.Language;

/**
 * A report model of any size, made without a database, so that the renderers are timed alone: the
 * contributions spread over the articles, a fifth on passages, a third answered, one in ten with a
 * reply, one in ten recorded at a meeting, a few hidden or withdrawn.
 */
final class SyntheticReport {
  private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
  private static final List<String> COUNTRIES = List.of("AR", "BR", "CA", "CL", "CO", "MX", "PE");
  private static final List<String> SECTORS =
      List.of("government", "parliament", "judiciary", "civil_society", "academia", "individual");
  private static final List<String> DISPOSITIONS =
      List.of("accepted", "partially_accepted", "not_accepted", "noted");
  private static final String WORDS =
      "la ley garantiza la paridad en los órganos del Estado y en las candidaturas de los partidos"
          + " con medidas de acción afirmativa que se revisan cada cinco años";

  private final Random random;
  private final Language lang;
  private long nextId = 1;

  private SyntheticReport(long seed, Language lang) {
    this.random = new Random(seed);
    this.lang = lang;
  }

  static ConsultationReport of(int contributions, int articles, Language lang, long seed) {
    return new SyntheticReport(seed, lang).report(contributions, articles);
  }

  private ConsultationReport report(int contributions, int articles) {
    List<List<Contribution>> perArticle = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      perArticle.add(new ArrayList<>());
    }
    for (int i = 0; i < contributions; i++) {
      perArticle.get(random.nextInt(articles)).add(contribution(i));
    }
    List<ArticleSection> sections = new ArrayList<>();
    List<ConsultationReport.ArticleCount> counts = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      int n = a + 1;
      List<Contribution> list = perArticle.get(a);
      counts.add(new ConsultationReport.ArticleCount("art_" + n, n, list.size()));
      sections.add(
          new ArticleSection(
              "art_" + n, n, "Artículo " + n, words(60), list.size(), List.copyOf(list)));
    }
    int answered = contributions / 3;
    return new ConsultationReport(
        new ConsultationReport.Round(
            1,
            "parity",
            "Ley modelo de paridad",
            "/akn/xx/act/2026/parity",
            2,
            "Consulta sintética",
            List.of(Language.es, Language.en),
            "closed",
            START,
            START.plusSeconds(30 * 86400L)),
        lang,
        START.plusSeconds(40 * 86400L),
        new ConsultationReport.Totals(
            contributions,
            contributions,
            0,
            contributions / 10,
            answered,
            contributions - answered,
            0,
            0,
            contributions / 20,
            1300),
        spread(COUNTRIES, contributions),
        spread(SECTORS, contributions),
        spread(List.of("ONU Mujeres", "Colectiva Ñ", "Red Parlamentaria"), contributions),
        Map.of("online", (long) contributions * 9 / 10, "meeting", (long) contributions / 10),
        List.of(),
        spread(DISPOSITIONS, answered),
        Map.of("exact", (long) contributions),
        counts,
        ReportSections.of(sections),
        List.of(),
        List.of());
  }

  private Contribution contribution(int i) {
    long id = nextId++;
    boolean onPassage = i % 5 == 0;
    boolean answered = i % 3 == 0;
    List<Contribution> replies = i % 10 == 0 ? List.of(reply(id)) : List.<Contribution>of();
    return new Contribution(
        id,
        i % 20 == 0 ? "suggestion" : "comment",
        lang,
        author(i),
        i % 10 == 1 ? "meeting" : "online",
        i % 10 == 1 ? "Reunión de Bogotá" : null,
        START.plusSeconds(60L * i),
        onPassage ? words(8) : null,
        "exact",
        words(40 + random.nextInt(80)),
        i % 20 == 0 ? words(30) : null,
        i % 97 == 0 ? "fuera de tema" : null,
        null,
        answered
            ? new ConsultationReport.Answer(
                DISPOSITIONS.get(i % DISPOSITIONS.size()),
                words(25),
                "Equipo de redacción",
                START.plusSeconds(60L * i + 86400),
                null)
            : null,
        List.of(),
        replies);
  }

  private Contribution reply(long parent) {
    return new Contribution(
        nextId++,
        "reply",
        lang,
        author((int) parent + 1),
        "online",
        null,
        START.plusSeconds(60L * parent + 600),
        null,
        null,
        words(20),
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  private Author author(int i) {
    return new Author(
        "Participante " + (i % 5000),
        i % 3 == 0 ? null : "Organización " + (i % 1300),
        COUNTRIES.get(i % COUNTRIES.size()),
        SECTORS.get(i % SECTORS.size()));
  }

  private String words(int count) {
    String[] all = WORDS.split(" ");
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < count; w++) {
      text.append(w == 0 ? "" : " ").append(all[random.nextInt(all.length)]);
    }
    return text.append('.').toString();
  }

  private static Map<String, Long> spread(List<String> keys, int total) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(k -> counts.put(k, (long) total / keys.size()));
    return counts;
  }
}
