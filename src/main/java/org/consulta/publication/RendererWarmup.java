package org.consulta.publication;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;

/**
 * Renders a one-article law as PDF and Word in the background shortly after the engine starts. The
 * first PDF a JVM lays out costs about a second more than the next (PDFBox, the layout engine and
 * the fonts load and compile), and that second would otherwise fall on the first person to download
 * one. It waits {@link #DELAY} so as not to take the processor from the start itself.
 */
@Singleton
@Startup
public class RendererWarmup {
  private static final Logger LOG = Logger.getLogger(RendererWarmup.class.getName());

  static final Duration DELAY = Duration.ofSeconds(20);

  @Resource private ManagedScheduledExecutorService scheduler;

  @PostConstruct
  void start() {
    scheduler.schedule(RendererWarmup::renderOnce, DELAY.toMillis(), TimeUnit.MILLISECONDS);
  }

  static void renderOnce() {
    try {
      Edition edition = oneArticleLaw();
      PdfEdition.of(edition);
      DocxEdition.render(edition);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Warming the PDF and Word renderers failed", e);
    }
  }

  static Edition oneArticleLaw() {
    Instant at = Instant.EPOCH;
    var article =
        new LawViews.ArticleView(
            "article",
            "art_1",
            1,
            "Objeto",
            "1. Esta «Ley» tiene por objeto:\n\na) garantizar la paridad;\n\nb) prevenir la violencia.",
            Language.es,
            1,
            "",
            null,
            null,
            false,
            null);
    var view =
        new LawViews.LawView(
            "warmup",
            "/akn/oas/act/model-law/warmup",
            "",
            Language.es,
            List.of(Language.es),
            "Ley de prueba",
            "Considerando que…",
            1,
            List.of(
                new LawViews.DivisionNode(
                    "division",
                    "chp_1",
                    DivisionKind.CHAPTER.label(),
                    "Capítulo I. Disposiciones generales",
                    List.of(article))));
    EditionVersion version = new EditionVersion(1, "Borrador 1", at);
    return EditionAssembly.of(Map.of(Language.es, view), version, List.of(version), at);
  }
}
