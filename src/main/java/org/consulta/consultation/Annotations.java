package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;

/** Reads the comments of a round that a caller may see and writes them as Web Annotations. */
@ApplicationScoped
@Transactional
public class Annotations {
  @Inject private Consultations consultations;
  @Inject private CommentFinder finder;
  @Inject private Laws laws;
  @Inject private LawVersions versions;

  /**
   * The round's AnnotationCollection with its first page, or, when {@code page} is given, that page
   * alone; pages hold {@code size} annotations. {@code api} is the API's base IRI, which every IRI
   * in the answer is made absolute against.
   */
  public JsonObject read(URI api, long roundId, Caller caller, Integer page, int size) {
    Consultation round = consultations.find(roundId);
    int number = page == null ? 0 : page;
    long offset = (long) number * size;
    var found = finder.visible(round, caller, (int) Math.min(offset, Integer.MAX_VALUE), size);
    var mapper = new AnnotationMapper(api, round, caller, new ArticleTexts(laws), versions);
    if (page == null) {
      return mapper.collection(found.total(), found.comments(), size);
    }
    if (offset >= found.total()) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND,
          "page",
          found.total() == 0
              ? "consultation " + roundId + " has no annotations you can see, and so no pages"
              : "page %d is past the last: %d annotations at %d a page make pages 0 to %d"
                  .formatted(
                      number, found.total(), size, AnnotationMapper.lastPage(found.total(), size)));
    }
    return mapper.page(number, found.total(), found.comments(), size);
  }
}
