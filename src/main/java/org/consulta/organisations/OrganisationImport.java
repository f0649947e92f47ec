package org.consulta.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.organisations.OrganisationDetails.Problem;
import org.consulta.platform.DomainException;

/**
 * Imports a CSV file of organisations whole or not at all: any wrong line refuses the file, and
 * lines naming an organisation already in the registry (see {@link OrganisationMatch}) are skipped.
 */
@ApplicationScoped
@Transactional
public class OrganisationImport {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** A line created as an organisation. */
  public record Created(int line, long id, String name) {}

  /** A line skipped because it names a known organisation. */
  public record Skipped(int line, String name, long matches) {}

  public record Report(int created, List<Created> organisations, List<Skipped> skipped) {}

  public Report run(String csv, String by) {
    OrganisationCsv.Parsed parsed = OrganisationCsv.parse(csv);
    if (!parsed.valid()) {
      throw refused(parsed.problems());
    }
    Map<String, List<Organisation>> known = new HashMap<>();
    em.createQuery("select o from Organisation o order by o.id", Organisation.class)
        .getResultList()
        .forEach(o -> known.computeIfAbsent(o.normalisedName(), n -> new ArrayList<>()).add(o));
    Instant now = clock.instant();
    List<Organisation> added = new ArrayList<>();
    List<Integer> addedLines = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (OrganisationCsv.Line line : parsed.lines()) {
      OrganisationDetails details = line.details();
      String normalised = OrganisationNames.normalise(details.name());
      var match =
          known.getOrDefault(normalised, List.of()).stream()
              .filter(
                  o ->
                      OrganisationMatch.same(
                          normalised,
                          details.country(),
                          o.normalisedName(),
                          o.country().orElse(null)))
              .findFirst();
      if (match.isPresent()) {
        skipped.add(new Skipped(line.number(), details.name(), match.get().id()));
      } else {
        var organisation = Organisation.of(details, OrganisationStatus.CONFIRMED, by, now);
        em.persist(organisation);
        added.add(organisation);
        addedLines.add(line.number());
      }
    }
    em.flush();
    List<Created> created = new ArrayList<>();
    for (int i = 0; i < added.size(); i++) {
      created.add(new Created(addedLines.get(i), added.get(i).id(), added.get(i).name()));
    }
    return new Report(created.size(), created, skipped);
  }

  /** The 400 that lists every wrong line and field of the file. */
  static DomainException refused(List<Problem> problems) {
    Problem first = problems.get(0);
    List<Map<String, Object>> errors =
        problems.stream()
            .map(
                p ->
                    Map.<String, Object>of(
                        "line", p.line(), "field", p.field(), "message", p.message()))
            .toList();
    return new DomainException(
        DomainException.Reason.INVALID,
        "body",
        problems.size()
            + " error(s) in the file, nothing imported; the first, line "
            + first.line()
            + ", "
            + first.field()
            + ": "
            + first.message(),
        Map.of("errors", errors));
  }
}
