package org.consulta.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;
import org.consulta.exchange.DraftArticle;
import org.consulta.exchange.DraftDivision;
import org.consulta.exchange.DraftDocument;
import org.consulta.exchange.DraftNode;
import org.consulta.exchange.DraftParser;

/**
 * Editions of the drafts the project ships (drafts/ in the repository), built without a database:
 * each draft file read as the engine would show that law right after loading it.
 */
public final class DraftEditions {
  public static final List<String> SHIPPED =
      List.of("digital-violence", "financial-inclusion", "parity");
  public static final Instant RECORDED = Instant.parse("2026-03-02T15:00:00Z");

  private DraftEditions() {}

  /** The law as its first recorded version, "Borrador 1", in the languages given. */
  public static Edition of(String slug, Language... languages) {
    Map<Language, LawViews.LawView> texts = new LinkedHashMap<>();
    for (Language lang : languages) {
      texts.put(lang, view(read(slug, lang)));
    }
    EditionVersion version = new EditionVersion(1, "Borrador 1", RECORDED);
    return EditionAssembly.of(texts, version, List.of(version), RECORDED.plusSeconds(3600));
  }

  /** An edition of a draft given as text, in the drafts format, at {@code version}. */
  public static Edition parse(String draft, EditionVersion version) {
    LawViews.LawView view = view(new DraftParser().parse("test.md", draft));
    return EditionAssembly.of(Map.of(view.lang(), view), version, List.of(version), version.at());
  }

  public static DraftDocument read(String slug, Language lang) {
    Path file = Path.of("drafts", slug, lang.name() + ".md");
    try {
      return new DraftParser().parse(slug + "/" + lang + ".md", Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LawViews.LawView view(DraftDocument draft) {
    Language lang = Language.parse("lang", draft.lang());
    return new LawViews.LawView(
        draft.law(),
        draft.work(),
        draft.topic(),
        lang,
        List.of(lang),
        draft.title(),
        draft.preamble(),
        1,
        nodes(draft.body(), lang, null));
  }

  private static List<Object> nodes(List<DraftNode> draft, Language lang, String division) {
    List<Object> nodes = new ArrayList<>();
    for (DraftNode node : draft) {
      if (node instanceof DraftDivision d) {
        nodes.add(
            new LawViews.DivisionNode(
                "division",
                d.eId(),
                d.kind().label(),
                d.heading(),
                nodes(d.children(), lang, d.eId())));
      } else if (node instanceof DraftArticle a) {
        nodes.add(
            new LawViews.ArticleView(
                "article",
                a.eId(),
                a.number(),
                a.heading(),
                a.text(),
                lang,
                1,
                "",
                division,
                null,
                false,
                null));
      }
    }
    return nodes;
  }

  /**
   * The law in the drafts format in a directory of its own (a test fixture such as {@code
   * src/test/resources/publication/docx-small}), as its first recorded version.
   */
  public static Edition of(Path law, Language... languages) {
    Map<Language, LawViews.LawView> texts = new LinkedHashMap<>();
    for (Language lang : languages) {
      Path file = law.resolve(lang.name() + ".md");
      try {
        texts.put(lang, view(new DraftParser().parse(file.toString(), Files.readString(file))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    EditionVersion version = new EditionVersion(1, "Borrador 1", RECORDED);
    return EditionAssembly.of(texts, version, List.of(version), RECORDED.plusSeconds(3600));
  }
}
