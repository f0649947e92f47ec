package org.consulta.organisations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consulta.drafting.Language;
import org.consulta.platform.WireNames;

/** What describes an organisation, checked: the same rules for the API, edits and CSV imports. */
public record OrganisationDetails(
    String name,
    Map<Language, String> names,
    String acronym,
    String country,
    Sector sector,
    String website) {
  static final int MAX_NAME = 300;
  static final int MAX_ACRONYM = 40;
  static final int MAX_WEBSITE = 500;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public OrganisationDetails {
    Objects.requireNonNull(name);
    names = Map.copyOf(names);
    Objects.requireNonNull(sector);
  }

  /** A field that was wrong, on a line of an import (0 outside imports). */
  public record Problem(int line, String field, String message) {}

  /**
   * Reads raw texts (absent or blank meaning none) under the keys {@code name}, {@code acronym},
   * {@code country}, {@code sector}, {@code website} and {@code namePrefix + lang}; each wrong
   * field is added to {@code problems}, and the details are null when there was one.
   */
  public static OrganisationDetails read(
      Map<String, String> raw, String namePrefix, int line, List<Problem> problems) {
    int before = problems.size();
    // PostgreSQL stores no U+0000 in text; JSON bodies are refused for it earlier, CSV files here.
    raw.forEach(
        (key, value) -> {
          if (value != null && value.indexOf('\u0000') >= 0) {
            problems.add(new Problem(line, key, key + " holds a U+0000 character"));
          }
        });
    if (problems.size() > before) {
      return null;
    }
    String name = text(raw, "name");
    if (name == null) {
      problems.add(new Problem(line, "name", "an organisation needs a name"));
    } else {
      tooLong(line, "name", name, MAX_NAME, problems);
    }
    Map<Language, String> names = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      String key = namePrefix + lang.name();
      String value = text(raw, key);
      if (value != null && !tooLong(line, key, value, MAX_NAME, problems)) {
        names.put(lang, value);
      }
    }
    String acronym = text(raw, "acronym");
    if (acronym != null) {
      tooLong(line, "acronym", acronym, MAX_ACRONYM, problems);
    }
    String country = text(raw, "country");
    if (country != null && !COUNTRIES.contains(country)) {
      problems.add(
          new Problem(
              line,
              "country",
              "'"
                  + country
                  + "' is not an ISO 3166-1 alpha-2 country code, such as MX or BR (leave it"
                  + " empty for an international organisation)"));
    }
    Sector sector = sector(text(raw, "sector"), line, problems);
    String website = text(raw, "website");
    if (website != null && !tooLong(line, "website", website, MAX_WEBSITE, problems)) {
      websiteProblem(website).ifPresent(m -> problems.add(new Problem(line, "website", m)));
    }
    if (problems.size() > before) {
      return null;
    }
    return new OrganisationDetails(name, names, acronym, country, sector, website);
  }

  /** The details as raw texts, under the keys {@link #read} takes, for an edit to overlay. */
  public Map<String, String> raw(String namePrefix) {
    Map<String, String> raw = new HashMap<>();
    raw.put("name", name);
    names.forEach((lang, value) -> raw.put(namePrefix + lang.name(), value));
    raw.put("acronym", acronym);
    raw.put("country", country);
    raw.put("sector", WireNames.of(sector));
    raw.put("website", website);
    return raw;
  }

  private static String text(Map<String, String> raw, String key) {
    String value = raw.get(key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static boolean tooLong(
      int line, String field, String value, int max, List<Problem> problems) {
    if (value.length() <= max) {
      return false;
    }
    problems.add(new Problem(line, field, field + " is longer than " + max + " characters"));
    return true;
  }

  private static Sector sector(String value, int line, List<Problem> problems) {
    if (value == null) {
      problems.add(new Problem(line, "sector", "an organisation needs a sector"));
      return null;
    }
    for (Sector sector : Sector.values()) {
      if (WireNames.of(sector).equals(value)) {
        return sector;
      }
    }
    problems.add(new Problem(line, "sector", "unknown sector '" + value + "'"));
    return null;
  }

  /** Why {@code website} is not an absolute http(s) address with a host, if it is not. */
  private static Optional<String> websiteProblem(String website) {
    try {
      URI uri = new URI(website);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      // Reported below, as for any address that is not http(s).
    }
    return Optional.of("'" + website + "' is not a web address starting with http:// or https://");
  }
}
