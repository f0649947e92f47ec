package org.consulta.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.consulta.platform.DomainException;

/**
 * Merges one organisation into another: its members and contributions, and those of every
 * organisation merged into it before, now count for the survivor. All in one transaction.
 */
@ApplicationScoped
@Transactional
public class OrganisationMerge {
  @PersistenceContext private EntityManager em;
  @Inject private Organisations organisations;

  /**
   * What a merge wrote: the merged one, the survivor, and what moved from the first to the second.
   */
  public record Merged(
      Organisation merged,
      Organisation into,
      List<Long> alsoMoved,
      int participants,
      int contributions) {}

  public Merged merge(long id, long intoId) {
    if (id == intoId) {
      throw DomainException.invalid("into", "an organisation cannot be merged into itself");
    }
    // Locked in id order, so that two merges of the same pair in opposite directions cannot
    // deadlock; the second one then finds the first's result and is refused.
    Organisation first = lockedOrInto(Math.min(id, intoId), id);
    Organisation second = lockedOrInto(Math.max(id, intoId), id);
    Organisation merged = first.id() == id ? first : second;
    Organisation into = merged == first ? second : first;
    List<Long> earlier = mergedInto(id);
    merged.mergeInto(into);
    List<Long> moving = new ArrayList<>(earlier);
    moving.add(id);
    // Plain SQL on the consultation tables: this package must not depend on consultation's
    // classes, and nothing of them is cached across transactions (the shared cache is off).
    int participants = move("participant", moving, into.id());
    int contributions = move("consultation_comment", moving, into.id());
    if (!earlier.isEmpty()) {
      em.createQuery("update Organisation o set o.mergedInto = :into where o.id in :ids")
          .setParameter("into", into)
          .setParameter("ids", earlier)
          .executeUpdate();
    }
    em.flush();
    return new Merged(merged, into, earlier, participants, contributions);
  }

  private Organisation lockedOrInto(long id, long merged) {
    try {
      return organisations.locked(id);
    } catch (DomainException e) {
      if (id == merged) {
        throw e;
      }
      throw DomainException.invalid("into", "no organisation " + id + " to merge into");
    }
  }

  /** Every organisation merged into {@code id}, directly or through others. */
  private List<Long> mergedInto(long id) {
    List<Long> found = new ArrayList<>();
    List<Long> frontier = List.of(id);
    while (!frontier.isEmpty()) {
      frontier =
          em.createQuery(
                  "select o.id from Organisation o where o.mergedInto.id in :ids", Long.class)
              .setParameter("ids", frontier)
              .getResultList();
      found.addAll(frontier);
    }
    return found;
  }

  private int move(String table, List<Long> from, long to) {
    String marks = String.join(", ", from.stream().map(x -> "?").toList());
    var update =
        em.createNativeQuery(
                "UPDATE "
                    + table
                    + " SET organisation_id = ? WHERE organisation_id IN ("
                    + marks
                    + ")")
            .setParameter(1, to);
    for (int i = 0; i < from.size(); i++) {
      update.setParameter(i + 2, from.get(i));
    }
    return update.executeUpdate();
  }
}
