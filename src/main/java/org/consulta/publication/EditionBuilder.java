package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawVersion;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.LawViews;

/** Reads one law at one version, in the languages asked for, into an {@link Edition}. */
@ApplicationScoped
@Transactional
public class EditionBuilder {
  @Inject private LawViews views;
  @Inject private LawVersions versions;
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
    var now = clock.instant();
    return EditionAssembly.of(
        texts,
        version == null ? new EditionVersion(null, null, now) : stamp(version),
        recorded,
        now);
  }

  private static EditionVersion stamp(LawVersion version) {
    return new EditionVersion(version.number(), version.label(), version.createdAt());
  }
}
