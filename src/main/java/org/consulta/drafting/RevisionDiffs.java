package org.consulta.drafting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.consulta.platform.SizedCache;
import org.consulta.revisions.DiffOp;
import org.consulta.revisions.WordDiff;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Word diffs of heading and text between two revisions of an article, kept for the next request
 * that compares the same pair: revisions never change, so neither does their diff. Comparing two
 * versions of a large code diffs hundreds of articles, and the versions around one amendment share
 * most of their pairs (an article changed once between versions 3 and 9 gives one pair for every
 * comparison across that change). The least recently used pairs go first once the diffs kept hold
 * more than {@code consulta.diff.cache-chars} chars (32 million by default, about 64 MB at most).
 */
@ApplicationScoped
public class RevisionDiffs {
  /** The diffs of one pair of revisions. */
  public record Diff(List<DiffOp> heading, List<DiffOp> text) {
    long chars() {
      return heading.stream().mapToLong(op -> op.text().length()).sum()
          + text.stream().mapToLong(op -> op.text().length()).sum();
    }
  }

  /**
   * Two revisions' ids (null when not stored) and texts as shown, read before diffing, so that the
   * diffs can be made on other threads without touching the entities.
   */
  public record Pair(
      Long from, Long to, String fromHeading, String toHeading, String fromBody, String toBody) {}

  /**
   * A pair's revisions and their texts as shown: the numbers in a cross-reference follow the
   * numbering of the versions compared, so one pair of revisions may show different texts.
   */
  private record Key(long from, long to, String fromBody, String toBody) {
    long chars() {
      return fromBody.length() + toBody.length();
    }
  }

  @Inject
  @ConfigProperty(name = "consulta.diff.cache-chars", defaultValue = "32000000")
  private long capacity;

  private SizedCache<Key, Diff> kept;

  public RevisionDiffs() {}

  RevisionDiffs(long capacity) {
    this.capacity = capacity;
    start();
  }

  @PostConstruct
  void start() {
    kept = new SizedCache<>(capacity, (key, diff) -> key.chars() + diff.chars());
  }

  /** The diffs of {@code pair}, made once while kept. */
  public Diff between(Pair pair) {
    if (pair.from() == null || pair.to() == null) {
      return diff(pair);
    }
    return kept.get(
        new Key(pair.from(), pair.to(), pair.fromBody(), pair.toBody()), () -> diff(pair));
  }

  private static Diff diff(Pair pair) {
    return new Diff(
        WordDiff.between(pair.fromHeading(), pair.toHeading()),
        WordDiff.between(pair.fromBody(), pair.toBody()));
  }
}
