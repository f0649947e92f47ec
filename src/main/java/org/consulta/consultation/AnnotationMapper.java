package org.consulta.consultation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.consulta.accounts.Account;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawVersions;
import org.consulta.platform.WireNames;

/**
 * Writes the comments of a round as W3C Web Annotations (https://www.w3.org/TR/annotation-model/)
 * in JSON-LD: an AnnotationCollection whose pages hold one Annotation per comment, suggestion and
 * reply.
 *
 * <p>A comment's target is the passage the participant read, in the revision they commented on,
 * which never changes: the source names that text (the consulted version's expression, or the
 * revision's own day when the comment named another revision), its TimeState pins the instant and
 * links a copy, and the selectors count code points in it. The anchor that follows the current text
 * is left out: the working text has no expression IRI, and an orphaned or edited anchor would point
 * at words the participant never read.
 */
final class AnnotationMapper {
  static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
  private static final String PLAIN_TEXT = "text/plain";

  private record Key(long article, Language lang) {}

  /** Where the API is ({@code …/api/}), and the application's root that AKN IRIs hang from. */
  private final URI api;

  private final URI root;
  private final Consultation round;
  private final Caller caller;
  private final ArticleTexts texts;
  private final Map<Key, ArticleRevision> consulted = new HashMap<>();

  AnnotationMapper(
      URI api, Consultation round, Caller caller, ArticleTexts texts, LawVersions versions) {
    this.api = Objects.requireNonNull(api);
    this.root = api.resolve("..");
    this.round = Objects.requireNonNull(round);
    this.caller = Objects.requireNonNull(caller);
    this.texts = Objects.requireNonNull(texts);
    for (Language lang : round.languages()) {
      versions
          .revisions(round.version(), lang)
          .forEach(r -> consulted.put(new Key(r.article().id(), lang), r));
    }
  }

  /**
   * The collection, with its first page embedded (the model keeps annotations in pages, never in
   * the collection itself) and a link to the last; an empty collection has no pages.
   */
  JsonObject collection(long total, List<Comment> first, int size) {
    JsonObjectBuilder collection =
        Json.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("id", collectionIri())
            .add("type", "AnnotationCollection")
            .add("label", round.title())
            .add("total", total);
    if (total > 0) {
      collection.add("first", pageBody(0, total, first, size));
      collection.add("last", pageIri(lastPage(total, size), size));
    }
    return collection.build();
  }

  /** One page on its own, saying which collection it is part of. */
  JsonObject page(int number, long total, List<Comment> items, int size) {
    return Json.createObjectBuilder()
        .add("@context", CONTEXT)
        .addAll(pageBody(number, total, items, size))
        .add(
            "partOf",
            Json.createObjectBuilder()
                .add("id", collectionIri())
                .add("type", "AnnotationCollection")
                .add("label", round.title())
                .add("total", total))
        .build();
  }

  static long lastPage(long total, int size) {
    return Math.max(0, total - 1) / size;
  }

  private JsonObjectBuilder pageBody(int number, long total, List<Comment> items, int size) {
    JsonObjectBuilder page =
        Json.createObjectBuilder()
            .add("id", pageIri(number, size))
            .add("type", "AnnotationPage")
            .add("startIndex", (long) number * size);
    if (number > 0) {
      page.add("prev", pageIri(number - 1, size));
    }
    if (number < lastPage(total, size)) {
      page.add("next", pageIri(number + 1L, size));
    }
    JsonArrayBuilder annotations = Json.createArrayBuilder();
    items.forEach(c -> annotations.add(annotation(c)));
    return page.add("items", annotations);
  }

  JsonObject annotation(Comment c) {
    JsonObjectBuilder annotation =
        Json.createObjectBuilder()
            .add("id", commentIri(c.id()))
            .add("type", "Annotation")
            .add("motivation", motivation(c))
            .add("created", c.createdAt().toString());
    Stream.of(c.editedAt(), c.respondedAt(), c.hiddenAt())
        .filter(Objects::nonNull)
        .max(Instant::compareTo)
        .ifPresent(at -> annotation.add("modified", at.toString()));
    annotation.add("creator", creator(c, caller));
    JsonArray bodies = bodies(c);
    if (!bodies.isEmpty()) {
      annotation.add("body", bodies);
    }
    if (c.isReply()) {
      return annotation.add("target", commentIri(c.parent().orElseThrow().id())).build();
    }
    return annotation.add("target", target(c)).build();
  }

  private static String motivation(Comment c) {
    if (c.isReply()) {
      return "replying";
    }
    return c.isSuggestion() ? "editing" : "commenting";
  }

  /**
   * What the author wrote (unless hidden from this caller, as comment reads do), the replacement a
   * suggestion proposes, and what drafters added: the disposition and response they answered with
   * and the reason for hiding. Those are fields of the comment, not comments of their own with an
   * IRI, so they are bodies of its annotation, each with its own creator and time.
   */
  private JsonArray bodies(Comment c) {
    JsonArrayBuilder bodies = Json.createArrayBuilder();
    boolean readable = !c.isHidden() || caller.drafter() || caller.isAuthorOf(c);
    if (readable && !c.body().isBlank()) {
      // No language: the engine does not record which one the participant wrote in.
      bodies.add(text(c.body(), c.isReply() ? "replying" : "commenting"));
    }
    if (readable && c.isSuggestion()) {
      bodies.add(text(c.proposal(), "editing").add("language", c.lang().name()));
    }
    String answeredBy = caller.insider(c) ? c.respondedBy() : null;
    if (c.disposition() != null) {
      bodies.add(
          byDrafter(text(WireNames.of(c.disposition()), "assessing"), answeredBy, c.respondedAt()));
      bodies.add(byDrafter(text(c.response(), "replying"), answeredBy, c.respondedAt()));
    }
    if (c.isHidden()) {
      bodies.add(byDrafter(text(c.hiddenReason(), "moderating"), c.hiddenBy(), c.hiddenAt()));
    }
    return bodies.build();
  }

  private static JsonObjectBuilder text(String value, String purpose) {
    return Json.createObjectBuilder()
        .add("type", "TextualBody")
        .add("value", value)
        .add("format", PLAIN_TEXT)
        .add("purpose", purpose);
  }

  /** A drafter's body, with the drafter's account when the caller may see who it was. */
  private JsonObjectBuilder byDrafter(JsonObjectBuilder body, String username, Instant at) {
    if (username != null) {
      body.add("creator", agent(username).build());
    }
    return body.add("created", at.toString());
  }

  /** Whoever made the comment: its author, or the person a rapporteur recorded at a meeting. */
  private JsonObject creator(Comment c, Caller caller) {
    return c.speaker()
        .map(s -> Json.createObjectBuilder().add("type", "Person").add("name", s.name()).build())
        .orElseGet(() -> agent(c.author(), caller.insider(c)));
  }

  /** The author as comment reads show them: account name and display name, nothing more. */
  private JsonObject agent(Account account, boolean withAccount) {
    JsonObjectBuilder agent =
        withAccount ? agent(account.username()) : Json.createObjectBuilder().add("type", "Person");
    if (account.displayName() != null) {
      agent.add("name", account.displayName());
    }
    return agent.build();
  }

  private JsonObjectBuilder agent(String username) {
    return Json.createObjectBuilder()
        .add("id", api.resolve("accounts/" + username).toString())
        .add("type", "Person")
        .add("nickname", username);
  }

  /**
   * The article in the text the author commented on. A comment on the whole article has no
   * selector; a passage has a quote with its context and its code-point range, alternatives that
   * select the same words.
   */
  private JsonObject target(Comment c) {
    ArticleRevision version = consulted.get(new Key(c.article().id(), c.lang()));
    boolean onVersion = version != null && version.number() == c.revision();
    ArticleRevision commented =
        onVersion ? version : texts.revision(c.article(), c.lang(), c.revision());
    Instant sourceDate = onVersion ? round.version().createdAt() : commented.createdAt();
    AknExpression expression = AknExpression.at(round.law().workUri(), c.lang(), sourceDate);
    JsonObjectBuilder target =
        Json.createObjectBuilder()
            .add("type", "SpecificResource")
            .add("source", root + expression.portion(c.article().eId()).substring(1))
            .add(
                "state",
                Json.createObjectBuilder()
                    .add("type", "TimeState")
                    .add("sourceDate", sourceDate.toString())
                    .add("cached", revisionIri(c, commented.number())));
    c.selection()
        .ifPresent(
            s -> {
              String text = commented.body();
              target.add(
                  "selector",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("type", "TextQuoteSelector")
                              .add("exact", s.quote().quote())
                              .add("prefix", s.quote().prefix())
                              .add("suffix", s.quote().suffix()))
                      .add(
                          Json.createObjectBuilder()
                              .add("type", "TextPositionSelector")
                              .add("start", CodePoints.fromUtf16(text, s.start()))
                              .add("end", CodePoints.fromUtf16(text, s.end()))));
            });
    return target.build();
  }

  private String collectionIri() {
    return api.resolve("consultations/" + round.id() + "/annotations").toString();
  }

  private String pageIri(long number, int size) {
    return collectionIri() + "?page=" + number + "&limit=" + size;
  }

  private String commentIri(long id) {
    return api.resolve("comments/" + id).toString();
  }

  /** The revision as the API serves it: its {@code text} is what the positions count in. */
  private String revisionIri(Comment c, int number) {
    return api.resolve(
            "laws/%s/articles/%s/revisions/%d?lang=%s"
                .formatted(round.law().slug(), c.article().eId(), number, c.lang().name()))
        .toString();
  }
}
