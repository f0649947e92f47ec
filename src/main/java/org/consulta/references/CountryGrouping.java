package org.consulta.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.drafting.Language;
import org.consulta.legislation.ProvisionRecord;
import org.consulta.platform.WireNames;

/**
 * Groups an article's references by country, then by instrument, for the comparative view:
 * countries by ISO code, instruments newest first (undated ones last, then by id), provisions in
 * the order they were linked.
 */
final class CountryGrouping {
  /** One reference: the provision it points at and what the view shows of it. */
  record Linked(ProvisionRecord provision, Comparative.Entry entry) {}

  private static final Comparator<List<Linked>> NEWEST_FIRST =
      Comparator.comparing(
              (List<Linked> group) -> group.get(0).provision().year(),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(group -> group.get(0).provision().instrumentId());

  private CountryGrouping() {}

  /** {@code links} in the order they were made; country names in {@code lang}. */
  static List<Comparative.CountryGroup> of(List<Linked> links, Language lang) {
    Map<String, Map<String, List<Linked>>> byCountry = new TreeMap<>();
    for (Linked link : links) {
      byCountry
          .computeIfAbsent(link.provision().country(), c -> new LinkedHashMap<>())
          .computeIfAbsent(link.provision().instrumentId(), i -> new ArrayList<>())
          .add(link);
    }
    List<Comparative.CountryGroup> groups = new ArrayList<>();
    byCountry.forEach(
        (country, instruments) ->
            groups.add(
                new Comparative.CountryGroup(
                    country,
                    Countries.name(country, lang),
                    instruments.values().stream().mapToInt(List::size).sum(),
                    instruments.values().stream()
                        .sorted(NEWEST_FIRST)
                        .map(CountryGrouping::instrument)
                        .toList())));
    return groups;
  }

  private static Comparative.InstrumentGroup instrument(List<Linked> links) {
    ProvisionRecord first = links.get(0).provision();
    Map<Language, String> titles = new TreeMap<>();
    links.forEach(
        l -> titles.putIfAbsent(l.provision().language(), l.provision().instrumentTitle()));
    return new Comparative.InstrumentGroup(
        first.instrumentId(),
        WireNames.of(first.instrumentType()),
        first.instrumentNumber(),
        first.year(),
        titles,
        links.stream().map(Linked::entry).toList());
  }
}
