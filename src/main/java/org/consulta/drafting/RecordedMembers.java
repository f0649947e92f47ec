package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import org.consulta.platform.SizedCache;

/**
 * The revisions of recorded versions, kept after their first read: neither a recorded version's
 * membership nor a revision ever changes, so a kept copy is exact for as long as it is kept, on
 * every node. Only what a version view reads is served from here; the least recently read versions
 * go first once the texts held pass {@link #MAX_CHARS}.
 */
@ApplicationScoped
public class RecordedMembers {
  /** At most 64 MB of Java strings (two bytes a character once a text has an accent). */
  static final long MAX_CHARS = 32_000_000;

  private record Key(long version, Language lang) {}

  private final SizedCache<Key, List<ArticleRevision>> kept =
      new SizedCache<>(MAX_CHARS, (key, revisions) -> chars(revisions));

  /**
   * The revisions of {@code version} in {@code lang}, read by {@code read} the first time. The
   * entities are detached after the reading transaction: callers only read them.
   */
  List<ArticleRevision> of(
      LawVersion version, Language lang, Supplier<List<ArticleRevision>> read) {
    return kept.get(new Key(version.id(), lang), () -> List.copyOf(read.get()));
  }

  private static long chars(List<ArticleRevision> revisions) {
    long size = 0;
    for (ArticleRevision r : revisions) {
      size += r.body().length() + r.heading().length();
    }
    return size;
  }
}
