package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

  private record Entry(List<ArticleRevision> revisions, long chars) {}

  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long chars;

  /**
   * The revisions of {@code version} in {@code lang}, read by {@code read} the first time. The
   * entities are detached after the reading transaction: callers only read them.
   */
  List<ArticleRevision> of(
      LawVersion version, Language lang, Supplier<List<ArticleRevision>> read) {
    var key = new Key(version.id(), lang);
    synchronized (this) {
      Entry kept = entries.get(key);
      if (kept != null) {
        return kept.revisions();
      }
    }
    List<ArticleRevision> revisions = List.copyOf(read.get());
    long size = 0;
    for (ArticleRevision r : revisions) {
      size += r.body().length() + r.heading().length();
    }
    synchronized (this) {
      if (size <= MAX_CHARS && entries.put(key, new Entry(revisions, size)) == null) {
        chars += size;
      }
      var eldest = entries.entrySet().iterator();
      while (chars > MAX_CHARS && eldest.hasNext()) {
        Map.Entry<Key, Entry> old = eldest.next();
        chars -= old.getValue().chars();
        eldest.remove();
      }
    }
    return revisions;
  }
}
