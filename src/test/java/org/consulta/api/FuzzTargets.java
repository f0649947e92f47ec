package org.consulta.api;

import static org.consulta.api.ApiContract.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the fuzz test aims at: a law, a round, a comment, a suggestion, a reference and an import of
 * its own, so that its writes never touch what other contracts use, and the callers it sends as
 * (bearer tokens: one PBKDF2 check per request would make thousands of requests take minutes).
 *
 * @param pathValues a valid value per path variable, keyed by its name ({@code {law}}) or, when the
 *     name alone is ambiguous, by the segment before it too ({@code comments/{id}})
 * @param queryValues a valid value per query parameter that most operations need
 * @param headerValues a valid value per header parameter, such as {@code If-Match}
 * @param callers {@code anonymous}, {@code participant} (the comment's author) and {@code admin}
 *     (an account of the fuzz's own, also a drafter: the fuzz changes its password and revokes its
 *     tokens, which must not throttle or lock out the administrator other contracts use)
 */
record FuzzTargets(
    Map<String, String> pathValues,
    Map<String, String> queryValues,
    Map<String, String> headerValues,
    Map<String, Api> callers,
    String provision) {

  /** A valid value for the path variable {@code name} that follows {@code segment}. */
  String pathValue(String segment, String name) {
    String value = pathValues.get(segment + "/{" + name + "}");
    return value != null ? value : pathValues.get("{" + name + "}");
  }

  static FuzzTargets create(FuzzContract api) {
    Api administrator =
        api.anonymous().as(api.newAccount("fuzz-admin", PASSWORD, "admin", "drafter"), PASSWORD);
    String target = api.newAccount("fuzz-target", PASSWORD, "drafter");
    Api admin = withToken(api, administrator);
    administrator.post("accounts/me/tokens", "{\"label\": \"spare\"}").expect(201);
    long spareToken =
        administrator.get("accounts/me/tokens").expect(200).array().stream()
            .map(token -> token.asJsonObject())
            .filter(token -> token.getString("label").equals("spare"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String slug = api.newLaw();
    long round = api.openRound(slug);
    Api participant = api.participant();
    long comment = api.comment(participant, round, "art_1", "Comentario del fuzz.");
    long suggestion =
        participant
            .post(
                "consultations/" + round + "/suggestions",
                """
                {"article": "art_2", "lang": "es", "replacement": "Otro texto.", "text": "Mejor."}
                """)
            .expect(201)
            .json()
            .getJsonObject("suggestion")
            .getJsonNumber("id")
            .longValue();
    long attachment =
        participant
            .send(
                "POST",
                "comments/" + comment + "/attachments?name=fuzz.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                "application/pdf",
                Map.of())
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    long meeting =
        api.admin()
            .post("consultations/" + round + "/meetings", MeetingContract.MEETING)
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    long organisation =
        api.admin()
            .post(
                "organisations",
                "{\"name\": \"Fuzz %s\", \"sector\": \"civil_society\"}"
                    .formatted(Long.toHexString(System.nanoTime())))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    String instrument = api.newInstrument();
    long job =
        api.imported(
                "legislation/imports?format=jsonl",
                api.record(instrument, "1", "Texto de la ley del fuzz."),
                "application/x-ndjson")
            .getJsonNumber("id")
            .longValue();
    String provision = "cl/es/" + instrument.substring(3) + "/art-1";
    long reference =
        api.admin()
            .post(
                "laws/" + slug + "/articles/art_1/references",
                "{\"provision\": \"%s\", \"note\": \"Nota.\"}".formatted(provision))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    return new FuzzTargets(
        Map.ofEntries(
            Map.entry("{law}", slug),
            Map.entry("{eId}", "art_1"),
            Map.entry("divisions/{eId}", "chp_1"),
            Map.entry("{country}", "CL"),
            Map.entry("consultations/{id}", "" + round),
            Map.entry("comments/{id}", "" + comment),
            Map.entry("attachments/{id}", "" + attachment),
            Map.entry("{sid}", "" + suggestion),
            Map.entry("{mid}", "" + meeting),
            Map.entry("organisations/{id}", "" + organisation),
            Map.entry("references/{id}", "" + reference),
            Map.entry("imports/{id}", "" + job),
            Map.entry("provisions/{id}", provision),
            Map.entry("{username}", target),
            Map.entry("tokens/{id}", "" + spareToken),
            Map.entry("{v}", "1"),
            Map.entry("{n}", "1")),
        Map.of("lang", "es"),
        Map.of("If-Match", "\"es-1\""),
        Map.of(
            "anonymous", Api.anonymous(api.base()),
            "participant", withToken(api, participant),
            "admin", admin),
        provision);
  }

  private static Api withToken(FuzzContract api, Api who) {
    String token = who.post("accounts/me/tokens", "{}").expect(201).json().getString("token");
    return Api.anonymous(api.base()).withToken(token);
  }
}
