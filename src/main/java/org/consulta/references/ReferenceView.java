package org.consulta.references;

import java.time.Instant;
import java.util.List;
import org.consulta.legislation.InstrumentView;
import org.consulta.legislation.ProvisionRecord;
import org.consulta.platform.WireNames;

/**
 * One reference as the API shows it: the provision, its instrument, the note and who made it, and
 * the entity tag a change or removal names in {@code If-Match}.
 */
public record ReferenceView(
    long id,
    String etag,
    LinkedProvision provision,
    InstrumentView instrument,
    String note,
    String createdBy,
    Instant createdAt,
    String changedBy,
    Instant changedAt) {

  /** An article's references; {@code deleted} when the article has left its law. */
  public record OfArticle(
      String law, String eId, boolean deleted, List<ReferenceView> references) {}

  static ReferenceView of(ArticleReference reference) {
    ProvisionRecord r = reference.provision().toRecord();
    return new ReferenceView(
        reference.id(),
        reference.etag(),
        LinkedProvision.excerpt(r),
        instrument(r),
        reference.note(),
        reference.createdBy(),
        reference.createdAt(),
        reference.changedBy(),
        reference.changedAt());
  }

  /** The instrument titled in the provision's language. */
  static InstrumentView instrument(ProvisionRecord r) {
    return new InstrumentView(
        r.instrumentId(),
        r.country(),
        WireNames.of(r.instrumentType()),
        r.instrumentNumber(),
        r.year(),
        r.language(),
        r.instrumentTitle(),
        r.instrumentShortTitle());
  }
}
