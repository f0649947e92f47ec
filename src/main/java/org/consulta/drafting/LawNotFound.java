package org.consulta.drafting;

import org.consulta.platform.DomainException;

/** No law, article, revision or version by the name the caller gave. */
public final class LawNotFound extends DomainException {
  public LawNotFound(String field, String message) {
    super(Reason.NOT_FOUND, field, message);
  }
}
