package org.consulta.exchange;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.partitioningBy;
import static java.util.stream.Collectors.toList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.consulta.exchange.AlignmentProblem.Kind;

/**
 * Compares the language versions of one law, which must share law, work and topic and have the same
 * divisions and articles, with the same eIds, in the same order and places, and each article the
 * same numbered paragraphs and lettered items.
 */
public final class DraftAlignment {
  /**
   * @param languageVersions the versions of one law; order, places and structure are compared with
   *     the first
   * @return the differences, none when the versions are aligned
   */
  public List<AlignmentProblem> check(List<DraftDocument> languageVersions) {
    if (languageVersions.size() < 2) {
      return List.of();
    }
    List<AlignmentProblem> problems = new ArrayList<>();
    checkWorkField("law", DraftDocument::law, languageVersions, problems);
    checkWorkField("work", DraftDocument::work, languageVersions, problems);
    checkWorkField("topic", DraftDocument::topic, languageVersions, problems);
    List<Outline> outlines = languageVersions.stream().map(Outline::of).toList();
    checkPresence(outlines, problems);
    Outline reference = outlines.get(0);
    for (Outline other : outlines.subList(1, outlines.size())) {
      checkParents(reference, other, problems);
      checkOrder(reference, other, problems);
      checkStructure(reference, other, problems);
    }
    return List.copyOf(problems);
  }

  private static void checkWorkField(
      String name,
      Function<DraftDocument, String> field,
      List<DraftDocument> versions,
      List<AlignmentProblem> problems) {
    if (versions.stream().map(field).distinct().count() > 1) {
      String values =
          versions.stream()
              .map(version -> version.lang() + "=" + field.apply(version))
              .collect(joining(", "));
      problems.add(new AlignmentProblem(null, Kind.WORK_MISMATCH, name + " differs: " + values));
    }
  }

  private static void checkPresence(List<Outline> outlines, List<AlignmentProblem> problems) {
    Set<String> eIds = new LinkedHashSet<>();
    outlines.forEach(outline -> eIds.addAll(outline.eIds()));
    for (String eId : eIds) {
      Map<Boolean, List<String>> langsByPresence =
          outlines.stream()
              .collect(
                  partitioningBy(
                      outline -> outline.contains(eId), mapping(Outline::lang, toList())));
      if (!langsByPresence.get(false).isEmpty()) {
        String detail =
            "present in "
                + String.join(", ", langsByPresence.get(true))
                + "; missing in "
                + String.join(", ", langsByPresence.get(false));
        problems.add(new AlignmentProblem(eId, Kind.MISSING_IN_LANGUAGE, detail));
      }
    }
  }

  private static void checkParents(
      Outline reference, Outline other, List<AlignmentProblem> problems) {
    for (String eId : reference.eIds()) {
      String referenceParent = reference.parentOf(eId);
      if (other.contains(eId) && !referenceParent.equals(other.parentOf(eId))) {
        String detail =
            contrast(reference, placeIn(referenceParent), other, placeIn(other.parentOf(eId)));
        problems.add(new AlignmentProblem(eId, Kind.PARENT_DIFFERS, detail));
      }
    }
  }

  private static String placeIn(String parent) {
    return parent.equals(Outline.TOP_LEVEL) ? "at the top level" : "in " + parent;
  }

  /**
   * Compares, under each parent, the order of the children that have that parent in both versions;
   * a child moved to another parent is a parent difference only.
   */
  private static void checkOrder(
      Outline reference, Outline other, List<AlignmentProblem> problems) {
    for (String parent : reference.parentsWithChildren()) {
      List<String> referenceOrder = childrenInBoth(reference, other, parent);
      List<String> otherOrder = childrenInBoth(other, reference, parent);
      for (String eId : OrderDifference.movedElements(referenceOrder, otherOrder)) {
        String detail =
            "comes "
                + contrast(
                    reference, position(eId, referenceOrder), other, position(eId, otherOrder));
        problems.add(new AlignmentProblem(eId, Kind.ORDER_DIFFERS, detail));
      }
    }
  }

  private static List<String> childrenInBoth(Outline outline, Outline other, String parent) {
    return outline.childrenOf(parent).stream()
        .filter(eId -> other.contains(eId) && other.parentOf(eId).equals(parent))
        .toList();
  }

  private static String position(String eId, List<String> siblings) {
    int index = siblings.indexOf(eId);
    return index == 0 ? "first" : "after " + siblings.get(index - 1);
  }

  private static void checkStructure(
      Outline reference, Outline other, List<AlignmentProblem> problems) {
    for (Map.Entry<String, String> article : reference.articleTexts().entrySet()) {
      String otherText = other.articleTexts().get(article.getKey());
      if (otherText != null) {
        ArticleStructure referenceStructure = ArticleStructure.of(article.getValue());
        ArticleStructure otherStructure = ArticleStructure.of(otherText);
        if (!referenceStructure.equals(otherStructure)) {
          String detail =
              String.format(
                  "%s has %s; %s has %s",
                  reference.lang(),
                  referenceStructure.describe(),
                  other.lang(),
                  otherStructure.describe());
          problems.add(new AlignmentProblem(article.getKey(), Kind.STRUCTURE_DIFFERS, detail));
        }
      }
    }
  }

  /** "{@code referenceValue} in es but {@code otherValue} in en". */
  private static String contrast(
      Outline reference, String referenceValue, Outline other, String otherValue) {
    return String.format(
        "%s in %s but %s in %s", referenceValue, reference.lang(), otherValue, other.lang());
  }
}
