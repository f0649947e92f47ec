package org.consulta.organisations;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.platform.WireNames;

/**
 * An organisation as the API shows it; {@code counts} only on the organisation's own page, {@code
 * mergedInto} only once it was merged.
 */
public record OrganisationView(
    long id,
    String name,
    Map<String, String> names,
    String acronym,
    String country,
    String sector,
    String website,
    String status,
    Long mergedInto,
    Instant createdAt,
    Organisations.Counts counts) {

  public static OrganisationView of(Organisation o) {
    return of(o, null);
  }

  public static OrganisationView of(Organisation o, Organisations.Counts counts) {
    Map<String, String> names = new TreeMap<>();
    o.names().forEach((lang, name) -> names.put(lang.name(), name));
    return new OrganisationView(
        o.id(),
        o.name(),
        names,
        o.acronym().orElse(null),
        o.country().orElse(null),
        WireNames.of(o.sector()),
        o.website().orElse(null),
        WireNames.of(o.status()),
        o.mergedInto().map(Organisation::id).orElse(null),
        o.createdAt(),
        counts);
  }
}
