package org.consulta.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.consulta.consultation.ConsultationReport.ArticleSection;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.consultation.ReportAssembly.Consulted;

/**
 * Gathers comments handed over in the report's order (article by article, then thread by thread
 * oldest first, each thread's comment before its replies) into one section per article, each
 * contribution with every reply below it, and hands each section on once complete: only one
 * article's contributions are held at a time.
 */
final class ReportThreads implements Consumer<ReportRow> {
  private final Map<String, Consulted> consulted = new HashMap<>();
  private final Consumer<ArticleSection> sink;
  private String article;
  private final List<Contribution> threads = new ArrayList<>();
  private Contribution thread;
  private final List<Contribution> replies = new ArrayList<>();

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
      endThread();
      thread = row.contribution();
    } else {
      replies.add(row.contribution());
    }
  }

  /** Hands on the last section. */
  void finish() {
    endThread();
    if (threads.isEmpty()) {
      return;
    }
    Consulted a = consulted.get(article);
    List<Contribution> said = List.copyOf(threads);
    threads.clear();
    sink.accept(
        a == null
            // Inserted after the consulted version: no number, heading or text to show.
            ? new ArticleSection(article, null, null, null, said.size(), said)
            : new ArticleSection(a.eId(), a.number(), a.heading(), a.text(), said.size(), said));
  }

  private void endThread() {
    if (thread != null) {
      threads.add(withReplies(thread, replies));
      thread = null;
    }
    replies.clear();
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
