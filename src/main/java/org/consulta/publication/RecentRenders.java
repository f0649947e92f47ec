package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last documents rendered from the working text, in memory: asked again before the text
 * changes, a document is not rendered again. Few are kept, since each edit makes new ones.
 */
@ApplicationScoped
public class RecentRenders {
  private static final int KEPT = 32;

  private final Map<String, byte[]> recent =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > KEPT;
        }
      };

  byte[] get(String key, Supplier<byte[]> render) {
    synchronized (recent) {
      byte[] kept = recent.get(key);
      if (kept != null) {
        return kept;
      }
    }
    byte[] bytes = render.get();
    synchronized (recent) {
      recent.put(key, bytes);
    }
    return bytes;
  }
}
