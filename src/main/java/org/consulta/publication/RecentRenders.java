package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.consulta.platform.SizedCache;

/**
 * The last documents rendered from the working text, in memory: asked again before the text
 * changes, a document is not rendered again. Few are kept, since each edit makes new ones.
 */
@ApplicationScoped
public class RecentRenders {
  private static final int KEPT = 32;

  private final SizedCache<String, byte[]> recent = new SizedCache<>(KEPT, (key, bytes) -> 1);

  byte[] get(String key, Supplier<byte[]> render) {
    return recent.get(key, render);
  }
}
