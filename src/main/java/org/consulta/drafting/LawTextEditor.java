package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.platform.DomainException;
import org.consulta.revisions.MergeResult;
import org.consulta.revisions.ThreeWayMerge;
import org.consulta.revisions.WordDiff;

/**
 * Changes the title or the preamble of a language version of a law, by the rules articles follow:
 * an edit names its base revision, is merged with what changed since when it can be, refused with
 * the conflict when it cannot, and becomes a new revision under the lock of the language version.
 */
@ApplicationScoped
@Transactional
public class LawTextEditor {
  private static final Pattern TAG = Pattern.compile("\"([a-z]+)-([a-z]{2})-(\\d{1,9})\"");

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;

  /** The revision an edit produced, or the unchanged current one when it changed nothing. */
  public record Outcome(LawTextRevision revision, boolean changed) {}

  /** The entity tag of a title or preamble revision: part, language and number. */
  public static String etag(LawTextRevision revision) {
    return "\"" + revision.part().label() + "-" + revision.lang() + "-" + revision.number() + "\"";
  }

  public LawTextRevision current(Law law, Language lang, LawPart part) {
    List<LawTextRevision> all = laws.revisions(law, lang, part);
    return all.get(all.size() - 1);
  }

  public Outcome edit(
      String slug,
      String langCode,
      LawPart part,
      String ifMatch,
      String text,
      String message,
      String author) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    LawExpression expression = law.expression(lang).orElseThrow();
    em.lock(expression, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(expression);
    int base = baseRevision(ifMatch, part, lang);
    List<LawTextRevision> all = laws.revisions(law, lang, part);
    LawTextRevision current = all.get(all.size() - 1);
    if (base < 1 || base > current.number()) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "the " + part.label() + " in " + lang + " has no revision " + base);
    }
    LawTextRevision baseRevision = all.get(base - 1);
    MergeResult result = ThreeWayMerge.merge(baseRevision.body(), current.body(), text);
    if (result instanceof MergeResult.Conflicting conflicting) {
      throw conflict(baseRevision, current, conflicting);
    }
    String merged = ((MergeResult.Clean) result).text();
    if (!part.mayBeEmpty() && merged.isBlank()) {
      throw DomainException.invalid("text", "the title cannot be empty");
    }
    if (merged.equals(current.body())) {
      return new Outcome(current, false);
    }
    boolean wasMerged = base != current.number();
    LawTextRevision next =
        current.next(
            base,
            wasMerged,
            merged,
            new LawTextRevision.Signature(
                author,
                clock.instant(),
                ArticleEditor.message(message, wasMerged ? "Merged edit" : "Edit")));
    em.persist(next);
    expression.revise(part, merged);
    return new Outcome(next, true);
  }

  private static int baseRevision(String ifMatch, LawPart part, Language lang) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_REQUIRED,
          "If-Match",
          "an edit must name the revision it was based on: send If-Match with the "
              + part.label()
              + "'s ETag");
    }
    Matcher tag = TAG.matcher(ifMatch.trim());
    if (!tag.matches() || !tag.group(1).equals(part.label()) || !tag.group(2).equals(lang.name())) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "If-Match must be an ETag of the "
              + part.label()
              + " in "
              + lang
              + ", like \""
              + part.label()
              + "-"
              + lang
              + "-3\"");
    }
    return Integer.parseInt(tag.group(3));
  }

  private static DomainException conflict(
      LawTextRevision base, LawTextRevision current, MergeResult.Conflicting conflicting) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("baseRevision", base.number());
    details.put(
        "current",
        Map.of("revision", current.number(), "etag", etag(current), "text", current.body()));
    details.put("conflicts", conflicting.conflicts());
    details.put("diff", WordDiff.between(base.body(), current.body()));
    return new DomainException(
        DomainException.Reason.CONFLICT,
        "text",
        "the "
            + base.part().label()
            + " changed since revision "
            + base.number()
            + " where this edit changes it too",
        details);
  }
}
