package org.consulta.drafting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.platform.DomainException;
import org.consulta.revisions.DiffOp;
import org.consulta.revisions.MergeConflict;

/**
 * An edit made on an older revision touches text that was changed since. Nothing is saved; the
 * caller gets the current text and what changed, to redo the edit on top of it.
 */
public final class RevisionConflict extends DomainException {
  RevisionConflict(
      ArticleRevision base,
      ArticleRevision current,
      String currentText,
      String field,
      List<MergeConflict> conflicts,
      List<DiffOp> changesSinceBase) {
    super(
        Reason.CONFLICT,
        field,
        "the article changed since revision " + base.number() + " where this edit changes it too",
        details(base, current, currentText, conflicts, changesSinceBase));
  }

  private static Map<String, Object> details(
      ArticleRevision base,
      ArticleRevision current,
      String currentText,
      List<MergeConflict> conflicts,
      List<DiffOp> changesSinceBase) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("baseRevision", base.number());
    details.put(
        "current",
        Map.of(
            "revision", current.number(),
            "etag", ArticleETag.of(current),
            "heading", current.heading(),
            "text", currentText));
    details.put("conflicts", conflicts);
    details.put("diff", changesSinceBase);
    return details;
  }
}
