package org.consulta.consultation;

import java.util.List;
import java.util.function.Consumer;
import org.consulta.consultation.ConsultationReport.ArticleSection;

/**
 * The report's articles with contributions, handed over one at a time as they are read: a round of
 * a hundred thousand contributions is written without its whole text ever being in memory. Read
 * from the database, they can be gone through once; every format writes them in one pass.
 */
public final class ReportSections {
  private final Consumer<Consumer<ArticleSection>> source;
  private final boolean once;
  private boolean read;

  private ReportSections(Consumer<Consumer<ArticleSection>> source, boolean once) {
    this.source = source;
    this.once = once;
  }

  public static ReportSections of(List<ArticleSection> sections) {
    return new ReportSections(List.copyOf(sections)::forEach, false);
  }

  /** Sections that {@code source} hands to its consumer in order, and only once. */
  static ReportSections streamed(Consumer<Consumer<ArticleSection>> source) {
    return new ReportSections(source, true);
  }

  public void forEach(Consumer<ArticleSection> each) {
    if (once && read) {
      throw new IllegalStateException("the report's sections were read from the database once");
    }
    read = true;
    source.accept(each);
  }
}
