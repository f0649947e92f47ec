package org.consulta.publication;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.drafting.DeletedInPlace;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawComparison.Status;
import org.consulta.revisions.WordDiff;

/**
 * Lines up two editions of a law, in one language, article by article through their eIds: the later
 * text's reading order, with every deleted article kept after the one it followed.
 */
public final class ComparisonBuilder {
  private record Placed(String eId, ArticleText text, String division, Heading heading) {}

  private ComparisonBuilder() {}

  public static Comparison between(Edition from, Edition to, Unchanged unchanged) {
    Language lang = to.language();
    Map<String, Placed> before = byEId(placed(from, lang));
    Map<String, Placed> after = byEId(placed(to, lang));
    Set<String> moved = MovedArticles.between(before.keySet(), after.keySet());
    List<ComparisonRow> rows = new ArrayList<>();
    Map<String, List<Placed>> deletedAfter =
        DeletedInPlace.byPredecessor(List.copyOf(before.values()), after.keySet(), Placed::eId);
    deletedAfter.getOrDefault(null, List.of()).forEach(d -> rows.add(deleted(d)));
    for (Placed now : after.values()) {
      Placed was = before.get(now.eId());
      rows.add(was == null ? added(now) : compared(was, now, moved.contains(now.eId())));
      deletedAfter.getOrDefault(now.eId(), List.of()).forEach(d -> rows.add(deleted(d)));
    }
    return new Comparison(
        to.slug(),
        to.workUri(),
        lang,
        to.title(lang),
        from.version(),
        to.version(),
        summary(rows),
        unchanged,
        unchanged == Unchanged.OMIT ? rows.stream().filter(r -> !r.unchanged()).toList() : rows,
        to.generatedAt());
  }

  private static ComparisonRow compared(Placed was, Placed now, boolean reordered) {
    Set<Status> statuses = EnumSet.noneOf(Status.class);
    if (reordered || !was.division().equals(now.division())) {
      statuses.add(Status.MOVED);
    }
    if (was.text().number() != now.text().number()) {
      statuses.add(Status.RENUMBERED);
    }
    boolean changed =
        !was.text().heading().equals(now.text().heading())
            || !was.text().plain().equals(now.text().plain());
    if (changed) {
      statuses.add(Status.CHANGED);
    }
    return new ComparisonRow(
        now.eId(),
        statuses,
        now.heading(),
        was.text(),
        now.text(),
        WordDiff.between(was.text().heading(), now.text().heading()),
        WordDiff.between(was.text().plain(), now.text().plain()));
  }

  private static ComparisonRow added(Placed now) {
    return new ComparisonRow(
        now.eId(),
        EnumSet.of(Status.ADDED),
        now.heading(),
        null,
        now.text(),
        WordDiff.between("", now.text().heading()),
        WordDiff.between("", now.text().plain()));
  }

  private static ComparisonRow deleted(Placed was) {
    return new ComparisonRow(
        was.eId(),
        EnumSet.of(Status.DELETED),
        was.heading(),
        was.text(),
        null,
        WordDiff.between(was.text().heading(), ""),
        WordDiff.between(was.text().plain(), ""));
  }

  private static ComparisonSummary summary(List<ComparisonRow> rows) {
    int[] counts = new int[Status.values().length];
    int unchanged = 0;
    for (ComparisonRow row : rows) {
      row.statuses().forEach(status -> counts[status.ordinal()]++);
      unchanged += row.unchanged() ? 1 : 0;
    }
    return new ComparisonSummary(
        counts[Status.CHANGED.ordinal()],
        counts[Status.ADDED.ordinal()],
        counts[Status.DELETED.ordinal()],
        counts[Status.MOVED.ordinal()],
        counts[Status.RENUMBERED.ordinal()],
        unchanged);
  }

  private static List<Placed> placed(Edition edition, Language lang) {
    List<Placed> placed = new ArrayList<>();
    walk(edition.body(), lang, null, new Heading(null, ""), placed);
    return placed;
  }

  private static void walk(
      List<Part> parts, Language lang, String division, Heading heading, List<Placed> into) {
    for (Part part : parts) {
      if (part instanceof DivisionPart d) {
        walk(d.children(), lang, d.eId(), d.heading(lang), into);
      } else if (part instanceof ArticlePart a) {
        a.text(lang).ifPresent(text -> into.add(new Placed(a.eId(), text, division, heading)));
      }
    }
  }

  private static Map<String, Placed> byEId(List<Placed> placed) {
    Map<String, Placed> map = new LinkedHashMap<>();
    placed.forEach(p -> map.putIfAbsent(p.eId(), p));
    return map;
  }

  /**
   * The shared articles that changed place: those outside a longest run the two orders have in
   * common, so that moving one article does not mark its neighbours as moved too.
   */
  static final class MovedArticles {
    private MovedArticles() {}

    static Set<String> between(Set<String> before, Set<String> after) {
      List<String> a = before.stream().filter(after::contains).toList();
      List<String> b = after.stream().filter(before::contains).toList();
      int[][] lengths = new int[a.size() + 1][b.size() + 1];
      for (int i = a.size() - 1; i >= 0; i--) {
        for (int j = b.size() - 1; j >= 0; j--) {
          lengths[i][j] =
              a.get(i).equals(b.get(j))
                  ? lengths[i + 1][j + 1] + 1
                  : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
      }
      Set<String> kept = new HashSet<>();
      for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
        if (a.get(i).equals(b.get(j))) {
          kept.add(a.get(i));
          i++;
          j++;
        } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
          i++;
        } else {
          j++;
        }
      }
      Set<String> moved = new HashSet<>(a);
      moved.removeAll(kept);
      return moved;
    }
  }
}
