package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawVersion;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.LawViews;
import org.consulta.drafting.Laws;

/** Reads one law at one version, in the languages asked for, into an {@link Edition}. */
@ApplicationScoped
@Transactional
public class EditionBuilder {
  @Inject private LawViews views;
  @Inject private LawVersions versions;
  @Inject private Laws laws;
  @Inject private Clock clock;

  /** The edition of {@code version}, or of the working text when it is null. */
  public Edition build(Law law, LawVersion version, List<Language> languages) {
    Map<Language, LawViews.LawView> texts = new LinkedHashMap<>();
    for (Language lang : languages) {
      texts.put(lang, views.law(law, lang, version));
    }
    List<EditionVersion> recorded =
        versions.all(law).stream()
            .filter(v -> version == null || v.number() <= version.number())
            .map(EditionBuilder::stamp)
            .toList();
    return EditionAssembly.of(
        texts,
        version == null
            ? new EditionVersion(null, null, lastChange(law, languages))
            : stamp(version),
        recorded,
        clock.instant());
  }

  /**
   * Names the working text in {@code languages} as it stands: the current revision of every
   * article, which any edit, insertion, move or deletion replaces.
   */
  public String workingState(Law law, List<Language> languages) {
    return languages.stream()
        .flatMap(lang -> laws.heads(law, lang).stream())
        .map(revision -> String.valueOf(revision.id()))
        .sorted()
        .collect(Collectors.joining(","));
  }

  /** When the working text last changed: the date its editions give it. */
  private Instant lastChange(Law law, List<Language> languages) {
    return languages.stream()
        .flatMap(lang -> laws.heads(law, lang).stream())
        .map(ArticleRevision::createdAt)
        .max(Comparator.naturalOrder())
        .orElse(law.createdAt());
  }

  private static EditionVersion stamp(LawVersion version) {
    return new EditionVersion(version.number(), version.label(), version.createdAt());
  }
}
