package org.consulta.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.drafting.Language;

/**
 * The legislation tables, the truth the search index is rebuilt from. Writes come in batches, each
 * one transaction that upserts by stable id under a new stamp.
 */
@ApplicationScoped
@Transactional
public class ProvisionStore {
  @PersistenceContext private EntityManager em;

  /**
   * Inserts the new records and updates the changed ones in place; identical ones are not touched.
   * When an existing instrument changes, its provisions that show the change are stamped again.
   */
  public BatchResult write(List<ProvisionRecord> batch) {
    long stamp =
        em.find(LegislationStamp.class, LegislationStamp.ROW, LockModeType.PESSIMISTIC_WRITE)
            .next();
    Map<String, ProvisionRecord> records = new LinkedHashMap<>();
    batch.forEach(r -> records.put(r.id(), r));
    Map<String, Instrument> instruments = instruments(records.values());
    Map<String, Provision> provisions = provisions(records.keySet());
    var restamp = new Restamp();
    int inserted = 0;
    int updated = 0;
    for (ProvisionRecord record : records.values()) {
      Instrument instrument = instruments.get(record.instrumentId());
      if (instrument == null) {
        instrument = new Instrument(record.instrumentId());
        instrument.adopt(record);
        em.persist(instrument);
        instruments.put(instrument.id(), instrument);
      } else {
        restamp.note(instrument, record.language(), instrument.adopt(record));
      }
      Provision provision = provisions.get(record.id());
      if (provision == null) {
        em.persist(new Provision(record, instrument, stamp));
        inserted++;
      } else if (provision.adopt(record, instrument, stamp)) {
        updated++;
      }
    }
    em.flush();
    restamp.apply(stamp);
    return new BatchResult(inserted, updated, records.size() - inserted - updated);
  }

  private Map<String, Instrument> instruments(Iterable<ProvisionRecord> records) {
    Set<String> ids = new HashSet<>();
    records.forEach(r -> ids.add(r.instrumentId()));
    Map<String, Instrument> found = new HashMap<>();
    em.createQuery("select i from Instrument i where i.id in :ids", Instrument.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .forEach(i -> found.put(i.id(), i));
    return found;
  }

  private Map<String, Provision> provisions(Set<String> ids) {
    Map<String, Provision> found = new HashMap<>();
    em.createQuery("select p from Provision p where p.id in :ids", Provision.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .forEach(p -> found.put(p.id(), p));
    return found;
  }

  /** The existing instruments whose change must reach provisions outside the batch. */
  private final class Restamp {
    private final Set<String> facts = new HashSet<>();
    private final Map<Language, Set<String>> titles = new HashMap<>();

    void note(Instrument instrument, Language lang, Instrument.Change change) {
      switch (change) {
        case FACTS -> facts.add(instrument.id());
        case TITLE -> titles.computeIfAbsent(lang, l -> new HashSet<>()).add(instrument.id());
        case NONE -> {}
      }
    }

    void apply(long stamp) {
      if (!facts.isEmpty()) {
        em.createQuery("update Provision p set p.stamp = :stamp where p.instrument.id in :ids")
            .setParameter("stamp", stamp)
            .setParameter("ids", List.copyOf(facts))
            .executeUpdate();
      }
      titles.forEach(
          (lang, ids) ->
              em.createQuery(
                      "update Provision p set p.stamp = :stamp"
                          + " where p.lang = :lang and p.instrument.id in :ids")
                  .setParameter("stamp", stamp)
                  .setParameter("lang", lang)
                  .setParameter("ids", List.copyOf(ids))
                  .executeUpdate());
    }
  }

  public Watermark watermark() {
    Object[] row =
        em.createQuery("select count(p), max(p.stamp) from Provision p", Object[].class)
            .getSingleResult();
    long count = ((Number) row[0]).longValue();
    return count == 0 ? Watermark.EMPTY : new Watermark(count, ((Number) row[1]).longValue());
  }

  /** The stamps of the provisions changed in {@code (after, upTo]}, in order. */
  public List<Long> stampsBetween(long after, long upTo) {
    return em.createQuery(
            "select distinct p.stamp from Provision p where p.stamp > :after and p.stamp <= :upTo"
                + " order by p.stamp",
            Long.class)
        .setParameter("after", after)
        .setParameter("upTo", upTo)
        .getResultList();
  }

  /**
   * One page of the provisions that carry {@code stamp}, in id order after {@code afterId}. One
   * stamp at a time, so that both databases walk the (stamp, id) index instead of sorting.
   */
  public List<ProvisionRecord> stamped(long stamp, String afterId, int limit) {
    return em.createQuery(
            "select p from Provision p join fetch p.instrument where p.stamp = :stamp"
                + " and p.id > :afterId order by p.id",
            Provision.class)
        .setParameter("stamp", stamp)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .getResultStream()
        .map(Provision::toRecord)
        .toList();
  }

  public Optional<ProvisionRecord> find(String id) {
    return Optional.ofNullable(em.find(Provision.class, id)).map(Provision::toRecord);
  }
}
