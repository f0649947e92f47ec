package org.consulta.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Work URIs as Consulta keeps them ({@code /akn/oas/act/model-law/2025/parity}: lower-case letters,
 * digits and {@code /._-}), made from what a document's FRBRWork says, and the slug a work gets.
 */
final class AknWork {
  static final int MAX_URI = 300;
  static final int MAX_SLUG = 90;
  private static final String PREFIX = "/akn/";

  /** Components of a work URI that name a kind of document or a part of it, not a work. */
  private static final Set<String> GENERIC = Set.of("act", "bill", "main", "enacted", "text");

  private AknWork() {}

  /** The country or jurisdiction of a work URI, its first component after {@code /akn/}. */
  static String country(String workUri) {
    if (!workUri.startsWith(PREFIX)) {
      return "";
    }
    String rest = workUri.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /**
   * The work URI of a document: its first Akoma Ntoso IRI among FRBRthis and FRBRuri, without the
   * component ({@code /!main}); when the document uses another scheme (legislation.gov.uk's URLs),
   * one built by the naming convention from its country, type, date and number.
   */
  static String of(
      List<String> candidates, String country, String type, String date, String number) {
    for (String candidate : candidates) {
      Optional<String> akn = akn(candidate);
      if (akn.isPresent()) {
        return akn.get();
      }
    }
    String lastSegment =
        candidates.stream()
            .map(AknWork::withoutComponent)
            .map(c -> c.substring(c.lastIndexOf('/') + 1))
            .filter(s -> !s.isEmpty())
            .findFirst()
            .orElse("");
    List<String> parts = new ArrayList<>(List.of(country, type, date));
    String name = number == null || number.isBlank() ? lastSegment : number;
    if (!name.isBlank()) {
      parts.add(name);
    }
    return clean(PREFIX + String.join("/", parts));
  }

  private static Optional<String> akn(String candidate) {
    String uri = withoutComponent(candidate.strip());
    if (!uri.startsWith(PREFIX) || uri.length() <= PREFIX.length()) {
      return Optional.empty();
    }
    return Optional.of(clean(uri));
  }

  /** Drops the fragment, the component ({@code /!main}, {@code /!main.xml}) and a trailing '/'. */
  private static String withoutComponent(String uri) {
    String work = uri;
    int hash = work.indexOf('#');
    if (hash >= 0) {
      work = work.substring(0, hash);
    }
    int component = work.indexOf("/!");
    if (component >= 0) {
      work = work.substring(0, component);
    }
    while (work.endsWith("/")) {
      work = work.substring(0, work.length() - 1);
    }
    return work;
  }

  private static String clean(String uri) {
    return uri.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/._-]+", "-").replaceAll("/{2,}", "/");
  }

  /**
   * The slug of a work: its last components, as many as it takes to name something (a component
   * with a letter that is not a word like "act" or "bill"), never the country or {@code akn}.
   */
  static String slug(String workUri) {
    List<String> components = Arrays.stream(workUri.split("/")).filter(c -> !c.isEmpty()).toList();
    int first = Math.min(2, components.size());
    List<String> taken = new ArrayList<>();
    for (int i = components.size() - 1; i >= first; i--) {
      taken.add(0, components.get(i));
      if (names(components.get(i))) {
        break;
      }
    }
    String slug = String.join("-", taken).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(slug.length() - MAX_SLUG).replaceAll("^-+", "");
    }
    return slug.isEmpty() ? "law" : slug;
  }

  private static boolean names(String component) {
    return component.chars().anyMatch(Character::isLetter) && !GENERIC.contains(component);
  }
}
