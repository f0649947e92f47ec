package org.consulta.consultation;

import java.time.Instant;
import org.consulta.drafting.Language;

/**
 * A published contribution as the public docket shows it: who made it by display name and
 * organisation, never by account; whether it came online or from a meeting (named by its title);
 * the drafters' answer once given, without who gave it.
 */
public record DocketEntry(
    long id,
    long consultation,
    String law,
    String kind,
    String article,
    Language lang,
    String quote,
    String text,
    String replacement,
    String author,
    OrganisationView organisation,
    String country,
    String sector,
    String channel,
    String meeting,
    Instant createdAt,
    Instant editedAt,
    AnswerView answer) {

  /**
   * The registry's organisation (with its id) or, when none is linked, the name the author gave.
   */
  public record OrganisationView(Long id, String name) {}

  public record AnswerView(
      String disposition, String response, Instant at, Integer implementedIn) {}
}
