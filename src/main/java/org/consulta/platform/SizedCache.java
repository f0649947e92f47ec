package org.consulta.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

/**
 * Values made once and kept while they fit: past the capacity (in whatever unit the weigher counts)
 * the least recently used go first. A value is made outside the lock, so two callers may make the
 * same one at once: whoever makes a value must make an equal one.
 */
public final class SizedCache<K, V> {
  private final long capacity;
  private final ToLongBiFunction<K, V> weigher;
  private final Map<K, V> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long weight;

  public SizedCache(long capacity, ToLongBiFunction<K, V> weigher) {
    this.capacity = capacity;
    this.weigher = weigher;
  }

  /** The value kept for {@code key}, else the one {@code make} makes, kept if it fits. */
  public V get(K key, Supplier<V> make) {
    synchronized (this) {
      V known = kept.get(key);
      if (known != null) {
        return known;
      }
    }
    V made = make.get();
    keep(key, made);
    return made;
  }

  private synchronized void keep(K key, V value) {
    long size = weigher.applyAsLong(key, value);
    if (capacity <= 0 || size > capacity || kept.containsKey(key)) {
      return;
    }
    kept.put(key, value);
    weight += size;
    var eldest = kept.entrySet().iterator();
    while (weight > capacity) {
      var entry = eldest.next();
      weight -= weigher.applyAsLong(entry.getKey(), entry.getValue());
      eldest.remove();
    }
  }
}
