package org.consulta.durability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Every write the engine acknowledged, to be found again after each crash. */
final class WriteLedger {
  record Edit(String eId, int revision, String text) {}

  private final Map<Long, String> comments = new ConcurrentHashMap<>();
  private final List<Long> reusedIds = new CopyOnWriteArrayList<>();
  private final List<Edit> edits = new CopyOnWriteArrayList<>();
  private final List<Long> imports = new CopyOnWriteArrayList<>();
  private final AtomicInteger refused = new AtomicInteger();

  void comment(long id, String text) {
    if (comments.putIfAbsent(id, text) != null) {
      reusedIds.add(id);
    }
  }

  void edit(String eId, int revision, String text) {
    edits.add(new Edit(eId, revision, text));
  }

  void importJob(long id) {
    imports.add(id);
  }

  /** A write the engine answered with an error while running normally: the test's own mistake. */
  void refused() {
    refused.incrementAndGet();
  }

  Map<Long, String> comments() {
    return Map.copyOf(comments);
  }

  List<Long> reusedIds() {
    return List.copyOf(reusedIds);
  }

  List<Edit> edits() {
    return List.copyOf(edits);
  }

  List<Long> imports() {
    return List.copyOf(imports);
  }

  int refusedCount() {
    return refused.get();
  }

  int acknowledged() {
    return comments.size() + edits.size() + imports.size();
  }
}
