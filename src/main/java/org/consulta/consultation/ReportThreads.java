package org.consulta.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.consultation.ReportAssembly.Consulted;

/**
 * Gathers comments handed over in the report's order (article by article, oldest first on each)
 * into one section per article, each contribution with every reply below it however deep, and hands
 * each section on once its article is done: only one article's contributions are held at a time.
 */
final class ReportThreads implements Consumer<ReportRow> {
  private final Map<String, Consulted> consulted = new HashMap<>();
  private final Consumer<ArticleSection> sink;
  private String article;
  private final Map<Long, Contribution> threads = new LinkedHashMap<>();
  private final Map<Long, Long> rootOf = new HashMap<>();
  private final Map<Long, List<Contribution>> replies = new HashMap<>();

  ReportThreads(List<Consulted> consulted, Consumer<ArticleSection> sink) {
    consulted.forEach(a -> this.consulted.put(a.eId(), a));
    this.sink = sink;
  }

  @Override
  public void accept(ReportRow row) {
    if (!row.article().equals(article)) {
      finish();
      article = row.article();
    }
    if (row.parent() == null) {
      threads.put(row.id(), row.contribution());
      rootOf.put(row.id(), row.id());
    } else {
      // A reply comes after what it answers, which is on the same article.
      Long root = rootOf.getOrDefault(row.parent(), row.parent());
      rootOf.put(row.id(), root);
      replies.computeIfAbsent(root, k -> new ArrayList<>()).add(row.contribution());
    }
  }

  /** Hands on the last section. */
  void finish() {
    if (threads.isEmpty()) {
      return;
    }
    List<Contribution> said = new ArrayList<>();
    // Most threads have no reply: they are handed on as read, with no replies already.
    threads.forEach(
        (id, c) -> {
          List<Contribution> answers = replies.get(id);
          said.add(answers == null ? c : withReplies(c, answers));
        });
    threads.clear();
    rootOf.clear();
    replies.clear();
    Consulted a = consulted.get(article);
    sink.accept(
        a == null
            // Inserted after the consulted version: no number, heading or text to show.
            ? new ArticleSection(article, null, null, null, said.size(), List.copyOf(said))
            : new ArticleSection(
                a.eId(), a.number(), a.heading(), a.text(), said.size(), List.copyOf(said)));
  }

  private static Contribution withReplies(Contribution c, List<Contribution> replies) {
    return new Contribution(
        c.id(),
        c.kind(),
        c.lang(),
        c.author(),
        c.channel(),
        c.meeting(),
        c.createdAt(),
        c.passage(),
        c.anchorState(),
        c.text(),
        c.replacement(),
        c.hiddenReason(),
        c.withdrawnAt(),
        c.answer(),
        c.attachments(),
        List.copyOf(replies));
  }
}
