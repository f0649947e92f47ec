package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consulta.crossrefs.LinkedText;
import org.consulta.platform.WireNames;

/** The JSON shapes in which laws, articles and revisions are read. */
@ApplicationScoped
@Transactional
public class LawViews {
  @Inject private Laws laws;
  @Inject private CrossReferences crossReferences;
  @Inject private LawVersions versions;
  @Inject private RecordedStructure recorded;

  /** A law in lists; {@code workingText}: who reads its working text, everyone or drafters. */
  public record LawSummary(
      String slug,
      String workUri,
      String topic,
      List<Language> languages,
      Map<Language, String> titles,
      String workingText,
      String numbering) {}

  public record LawView(
      String slug,
      String workUri,
      String topic,
      Language lang,
      List<Language> languages,
      String title,
      String preamble,
      Integer version,
      List<Object> body) {
    /** Every article of the view, in reading order. */
    public List<ArticleView> articles() {
      List<ArticleView> articles = new ArrayList<>();
      collect(body, articles);
      return articles;
    }

    private static void collect(List<Object> nodes, List<ArticleView> articles) {
      for (Object node : nodes) {
        if (node instanceof ArticleView article) {
          articles.add(article);
        } else if (node instanceof DivisionNode division) {
          collect(division.children(), articles);
        }
      }
    }
  }

  public record DivisionNode(
      String type, String eId, String kind, String heading, List<Object> children) {}

  /**
   * The language version {@code behind} lags behind {@code sourceRevision} of {@code sourceLang};
   * {@code confirmedRevision} is the source revision it was last in step with (null when none).
   */
  public record TranslationState(
      Language behind, Language sourceLang, int sourceRevision, Integer confirmedRevision) {}

  /**
   * The source text shown in place of an untranslated article, labelled with its language and
   * revision so that a reader never takes it for the translation.
   */
  public record Fallback(Language lang, int revision, String heading, String text) {}

  public record ArticleView(
      String type,
      String eId,
      int number,
      String heading,
      String text,
      Language lang,
      int revision,
      String etag,
      String division,
      TranslationState needsUpdate,
      boolean untranslated,
      Fallback fallback,
      List<ReferenceView> references) {
    public ArticleView {
      references = references == null ? List.of() : List.copyOf(references);
    }

    /** An article view whose text refers to no other article. */
    public ArticleView(
        String type,
        String eId,
        int number,
        String heading,
        String text,
        Language lang,
        int revision,
        String etag,
        String division,
        TranslationState needsUpdate,
        boolean untranslated,
        Fallback fallback) {
      this(
          type,
          eId,
          number,
          heading,
          text,
          lang,
          revision,
          etag,
          division,
          needsUpdate,
          untranslated,
          fallback,
          List.of());
    }
  }

  /**
   * A reference in an article's text to another article: the phrase ({@code start}–{@code end} in
   * the text shown), the target's eId and paragraph, and its number in the law read; {@code broken}
   * when the target is not there (deleted, or no article had the number written), and then {@code
   * number} is null.
   */
  public record ReferenceView(
      int start, int end, String target, Integer paragraph, Integer number, boolean broken) {
    static List<ReferenceView> of(LinkedText.Rendered rendered) {
      return rendered.references().stream()
          .map(
              r ->
                  new ReferenceView(
                      r.start(), r.end(), r.target(), r.paragraph(), r.number(), r.broken()))
          .toList();
    }
  }

  public record RevisionSummary(
      int number,
      ChangeKind change,
      Integer base,
      boolean merged,
      boolean deleted,
      String author,
      String authorName,
      Instant createdAt,
      String message) {
    static RevisionSummary of(ArticleRevision r) {
      return of(r, Map.of());
    }

    /** With the author's display name from {@code names} (username → name), when known. */
    static RevisionSummary of(ArticleRevision r, Map<String, String> names) {
      return new RevisionSummary(
          r.number(),
          r.change(),
          r.baseNumber(),
          r.merged(),
          r.deleted(),
          r.author(),
          names.getOrDefault(r.author(), r.author()),
          r.createdAt(),
          r.message());
    }
  }

  public record RevisionView(
      String eId,
      Language lang,
      RevisionSummary revision,
      String division,
      String heading,
      String text,
      String etag) {
    public static RevisionView of(ArticleRevision r) {
      return of(r, r.body());
    }

    /** The revision with its text as shown ({@code text}: cross-references in one numbering). */
    public static RevisionView of(ArticleRevision r, String text) {
      return new RevisionView(
          r.article().eId(),
          r.lang(),
          RevisionSummary.of(r),
          r.division().eId(),
          r.heading(),
          text,
          ArticleETag.of(r));
    }
  }

  public static LawSummary summary(Law law) {
    return new LawSummary(
        law.slug(),
        law.workUri(),
        law.topic(),
        law.languages(),
        law.expressions().stream()
            .collect(Collectors.toMap(LawExpression::lang, LawExpression::title)),
        WireNames.of(law.workingTextReaders()),
        WireNames.of(law.numbering()));
  }

  /** The law as it stands now, or as recorded in {@code version} when that is not null. */
  public LawView law(Law law, Language lang, LawVersion version) {
    List<ArticleRevision> revisions =
        version == null ? laws.heads(law, lang) : versions.recordedRevisions(version, lang);
    if (version != null
        && revisions.isEmpty()
        && !versions.recordedRevisions(version, law.languages().get(0)).isEmpty()) {
      // A version recorded before this language version existed holds no text in it.
      throw new LawNotFound(
          "lang",
          "version "
              + version.number()
              + " of law '"
              + law.slug()
              + "' has no '"
              + lang
              + "' text");
    }
    LawLayout layout =
        LawLayout.of(
            version == null ? laws.divisions(law) : recorded.divisions(version), revisions);
    Map<Long, TranslationLag> lags =
        version == null
            ? laws.lags(law, lang).stream().collect(Collectors.toMap(t -> t.article().id(), t -> t))
            : Map.of();
    LawExpression expression = law.expression(lang).orElseThrow();
    String title = expression.title();
    String preamble = expression.preamble();
    if (version != null) {
      Map<LawPart, LawTextRevision> texts = recorded.texts(version, lang);
      title = texts.containsKey(LawPart.TITLE) ? texts.get(LawPart.TITLE).body() : title;
      preamble =
          texts.containsKey(LawPart.PREAMBLE) ? texts.get(LawPart.PREAMBLE).body() : preamble;
      preamble = preamble == null || preamble.isEmpty() ? null : preamble;
    }
    var context =
        new Context(lang, lags, new Fallbacks(law, layout), crossReferences.reading(layout));
    return new LawView(
        law.slug(),
        law.workUri(),
        law.topic(),
        lang,
        law.languages(),
        title,
        preamble,
        version == null ? null : version.number(),
        nodes(layout, layout.topDivisions(), context));
  }

  /** What every article of one view needs besides its own revision. */
  private record Context(
      Language lang,
      Map<Long, TranslationLag> lags,
      Fallbacks fallbacks,
      CrossReferences.Reading reading) {}

  /** The current source texts of untranslated articles, read once per source language. */
  private final class Fallbacks {
    private final Law law;
    private final LawLayout layout;
    private final Map<Language, Map<Long, ArticleRevision>> heads = new EnumMap<>(Language.class);

    Fallbacks(Law law, LawLayout layout) {
      this.law = law;
      this.layout = layout;
    }

    Fallback of(ArticleRevision target, TranslationLag lag) {
      if (lag == null || !target.body().isBlank()) {
        return null;
      }
      ArticleRevision source =
          heads
              .computeIfAbsent(
                  lag.sourceLang(),
                  l ->
                      laws.heads(law, l).stream()
                          .collect(Collectors.toMap(r -> r.article().id(), r -> r)))
              .get(target.article().id());
      String text = crossReferences.reading(List.of(source), layout).text(source);
      return new Fallback(source.lang(), source.number(), source.heading(), text);
    }
  }

  private List<Object> nodes(LawLayout layout, List<Division> divisions, Context context) {
    List<Object> nodes = new ArrayList<>();
    for (Division division : divisions) {
      List<Object> children = new ArrayList<>();
      for (LawLayout.Placed placed : layout.articlesIn(division)) {
        TranslationLag lag = context.lags().get(placed.revision().article().id());
        children.add(
            article(
                placed,
                lag,
                context.fallbacks().of(placed.revision(), lag),
                context.reading().of(placed.revision())));
      }
      children.addAll(nodes(layout, layout.divisionsIn(division), context));
      nodes.add(
          new DivisionNode(
              "division",
              division.eId(),
              division.kind().label(),
              division.heading(context.lang()),
              children));
    }
    return nodes;
  }

  /** One current article with its number in the law and its translation state. */
  public ArticleView article(Article article, Language lang) {
    return article(laws.head(article, lang));
  }

  /**
   * The article as {@code revision} has it, numbered among the other articles' current revisions.
   * Called in the transaction that wrote the revision, it is exactly what that write made.
   */
  public ArticleView article(ArticleRevision revision) {
    Article article = ArticleEditor.live(revision).article();
    TranslationLag lag = laws.lag(article, revision.lang()).orElse(null);
    var links = crossReferences.links(List.of(revision));
    if (lag == null || !revision.body().isBlank()) {
      // Numbered from places alone: the others' texts would cost more than the rest of a write,
      // and only a fallback needs them; the whole numbering only when references need it.
      List<Division> divisions = laws.divisions(article.law());
      var own = new LawLayout.Position(revision.division().id(), revision.sortKey());
      Map<String, Integer> numbers = Map.of();
      int number;
      if (links.isEmpty()) {
        number =
            LawLayout.numberAmong(
                    divisions, own, laws.positions(article.law(), revision.lang(), article))
                .orElseThrow();
      } else {
        var places = laws.places(article.law(), revision.lang());
        places.put(article.eId(), own);
        numbers = LawLayout.numbersAt(divisions, places);
        number = numbers.get(article.eId());
      }
      var shown = new CrossReferences.Reading(links, numbers).of(revision);
      return article(new LawLayout.Placed(revision, number), lag, null, shown);
    }
    List<ArticleRevision> heads = new ArrayList<>(laws.heads(article.law(), revision.lang()));
    heads.replaceAll(head -> head.article().id().equals(article.id()) ? revision : head);
    LawLayout layout = LawLayout.of(laws.divisions(article.law()), heads);
    LawLayout.Placed placed = layout.article(article.eId()).orElseThrow();
    return article(
        placed,
        lag,
        new Fallbacks(article.law(), layout).of(revision, lag),
        new CrossReferences.Reading(links, layout.numbers()).of(revision));
  }

  private static ArticleView article(
      LawLayout.Placed placed, TranslationLag lag, Fallback fallback, LinkedText.Rendered text) {
    ArticleRevision r = placed.revision();
    return new ArticleView(
        "article",
        r.article().eId(),
        placed.number(),
        r.heading(),
        text.text(),
        r.lang(),
        r.number(),
        ArticleETag.of(r),
        r.division().eId(),
        lag == null
            ? null
            : new TranslationState(
                lag.lang(), lag.sourceLang(), lag.sourceRevision(), lag.confirmedRevision()),
        fallback != null,
        fallback,
        ReferenceView.of(text));
  }
}
