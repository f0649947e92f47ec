package org.consulta.implementation;

import java.time.Instant;
import java.util.List;

/**
 * One cell of the map as the API shows it: the current (or a past) assessment, or, with version 0
 * and no ETag, a cell nobody has assessed.
 */
public record AssessmentView(
    String eId,
    String country,
    String status,
    int version,
    List<NationalProvision> provisions,
    String note,
    String assessedBy,
    Instant assessedAt,
    String etag) {

  static AssessmentView unassessed(String eId, String country) {
    return new AssessmentView(
        eId,
        country,
        ImplementationStatus.NOT_ASSESSED.wire(),
        0,
        List.of(),
        null,
        null,
        null,
        null);
  }

  static AssessmentView of(Assessment a, List<NationalProvision> provisions) {
    return new AssessmentView(
        a.article().eId(),
        a.country(),
        a.status().wire(),
        a.version(),
        provisions,
        a.note(),
        a.assessedBy(),
        a.assessedAt(),
        AssessmentETag.of(a));
  }
}
