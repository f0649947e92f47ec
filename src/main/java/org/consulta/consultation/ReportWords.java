package org.consulta.consultation;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;

/**
 * The report's words in its language, Spanish or English: labels, sectors, answers and countries by
 * name, dates written out. No code of the API ({@code civil_society}, {@code MX}) reaches a reader.
 * Dates are in UTC, said so where the time is given.
 */
public final class ReportWords {
  /** The languages a report is written in. */
  public static final List<Language> LANGUAGES = List.of(Language.es, Language.en);

  private static final Map<Language, ReportWords> WORDS = new EnumMap<>(Language.class);

  static {
    LANGUAGES.forEach(lang -> WORDS.put(lang, new ReportWords(lang)));
  }

  private final Language language;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter date;
  private final DateTimeFormatter minute;

  /** Country names, looked up once: the JDK's lookup costs more than a report row. */
  private final Map<String, String> countries = new ConcurrentHashMap<>();

  private ReportWords(Language language) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language.name());
    // This language only: a missing word fails rather than falls back to another language.
    this.bundle =
        ResourceBundle.getBundle(
            "consultation.report",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .withZone(ZoneOffset.UTC);
    this.minute = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
  }

  public static ReportWords of(Language language) {
    ReportWords words = WORDS.get(language);
    if (words == null) {
      throw new IllegalArgumentException("no report words in " + language);
    }
    return words;
  }

  /** The report's language from the {@code lang} parameter; none gives {@code fallback}'s. */
  public static Language parse(String field, String code, Language fallback) {
    if (code == null || code.isBlank()) {
      return LANGUAGES.contains(fallback) ? fallback : Language.en;
    }
    return LANGUAGES.stream()
        .filter(lang -> lang.name().equals(code))
        .findFirst()
        .orElseThrow(() -> DomainException.invalid(field, "a report is in 'es' or 'en'"));
  }

  public Language language() {
    return language;
  }

  public String word(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public String sector(String code) {
    return code == null || code.equals(ConsultationReport.NONE)
        ? word("no.sector")
        : word("sector." + code);
  }

  public String disposition(String code) {
    return word("disposition." + (code == null ? ConsultationReport.NONE : code));
  }

  public String kind(String code) {
    return word("kind." + code);
  }

  public String channel(String code) {
    return word("channel." + code);
  }

  public String status(String code) {
    return word("status." + code);
  }

  /** The country's name in the report's language ({@code México}, {@code Mexico}). */
  public String country(String code) {
    if (code == null || code.equals(ConsultationReport.NONE)) {
      return word("no.country");
    }
    return countries.computeIfAbsent(
        code,
        c -> {
          String name = new Locale("", c).getDisplayCountry(locale);
          return name.isEmpty() ? c : name;
        });
  }

  public String organisation(String name) {
    return name == null || name.equals(ConsultationReport.NONE) ? word("no.organisation") : name;
  }

  /** {@code Reunión regional · 3 de marzo de 2026, 10:00 (America/Bogota) · Bogotá}. */
  public String meeting(ConsultationReport.MeetingCount m) {
    ZoneId zone = ZoneId.of(m.timeZone());
    String when =
        date.withZone(zone).format(m.startsAt())
            + ", "
            + minute.withZone(zone).format(m.startsAt())
            + " ("
            + m.timeZone()
            + ")";
    String where = m.virtual() || m.place() == null ? word("meeting.virtual") : m.place();
    return m.title() + " · " + when + " · " + where;
  }

  /** {@code 3 de marzo de 2026}. */
  public String date(Instant at) {
    return date.format(at);
  }

  /** {@code 3 de marzo de 2026, 14:05 UTC}. */
  public String dateTime(Instant at) {
    return date.format(at) + ", " + minute.format(at) + " UTC";
  }

  /** {@code Artículo 4}, or the words for an article inserted after the consulted version. */
  public String article(Integer number, String eId) {
    return number == null ? word("article.inserted", eId) : word("article", String.valueOf(number));
  }

  /** {@code Artículos 4–9, 12: sin contribuciones}. */
  public String quiet(List<ConsultationReport.NumberRun> runs) {
    String list =
        runs.stream()
            .map(r -> r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "–" + r.to())
            .collect(Collectors.joining(", "));
    boolean one = runs.size() == 1 && runs.get(0).from() == runs.get(0).to();
    return word(one ? "article.quiet" : "articles.quiet", list);
  }

  /**
   * Who made a contribution, and how: {@code #12 · Comentario · Lucía Pérez · ONU Mujeres · México
   * · Sociedad civil · En línea · 3 de marzo de 2026}.
   */
  public String who(ConsultationReport.Contribution c) {
    var a = c.author();
    List<String> parts = new ArrayList<>();
    parts.add("#" + c.id());
    parts.add(kind(c.kind()));
    parts.add(a.displayName());
    if (a.organisation() != null) {
      parts.add(a.organisation());
    }
    if (a.country() != null) {
      parts.add(country(a.country()));
    }
    if (a.sector() != null) {
      parts.add(sector(a.sector()));
    }
    parts.add(c.meeting() != null ? c.meeting() : channel(c.channel()));
    parts.add(date(c.createdAt()));
    return String.join(" · ", parts);
  }
}
