package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.accounts.Accounts;
import org.consulta.platform.JsonFields;
import org.consulta.platform.WriteTransaction;

/**
 * What {@link TitleResource} and {@link PreambleResource} answer, for the part each serves: the
 * text with its ETag, an edit with If-Match, and the history of one language version's part.
 */
@ApplicationScoped
public class LawTexts {
  private static final Set<String> EDIT = Set.of("text", "message");

  @Inject private Laws laws;
  @Inject private LawTextEditor editor;
  @Inject private Accounts accounts;
  @Inject private WriteTransaction transaction;

  public record TextView(
      String law, Language lang, String part, String text, int revision, String etag) {
    static TextView of(String law, LawTextRevision r) {
      return new TextView(
          law, r.lang(), r.part().label(), r.body(), r.number(), LawTextEditor.etag(r));
    }
  }

  /** What an edit did: the text as it left it, whether it wrote a revision, whether merged. */
  public record EditResult(TextView current, boolean changed, boolean merged) {}

  public record TextRevision(
      int number,
      Integer base,
      boolean merged,
      String text,
      String author,
      String authorName,
      Instant createdAt,
      String message) {}

  Response read(String slug, String lang, LawPart part) {
    Law law = laws.bySlug(slug);
    TextView view = TextView.of(slug, editor.current(law, laws.language(law, lang), part));
    return Response.ok(view).header(HttpHeaders.ETAG, view.etag()).build();
  }

  Response edit(
      String slug,
      String lang,
      LawPart part,
      String ifMatch,
      JsonStructure body,
      SecurityContext security) {
    JsonFields fields = JsonFields.of(body, EDIT);
    String text =
        part.mayBeEmpty()
            ? fields.requiredTextAllowingEmpty("text", part.maxLength())
            : fields.requiredText("text", part.maxLength());
    String message = fields.optionalText("message", 1000).orElse(null);
    String author = security.getUserPrincipal().getName();
    EditResult result =
        transaction.answer(
            () -> {
              var outcome = editor.edit(slug, lang, part, ifMatch, text, message, author);
              LawTextRevision revision = outcome.revision();
              return new EditResult(
                  TextView.of(slug, revision),
                  outcome.changed(),
                  outcome.changed() && revision.merged());
            });
    return Response.ok(result).header(HttpHeaders.ETAG, result.current().etag()).build();
  }

  List<TextRevision> revisions(String slug, String lang, LawPart part) {
    Law law = laws.bySlug(slug);
    List<LawTextRevision> all = laws.revisions(law, laws.language(law, lang), part);
    var names =
        accounts.displayNames(
            all.stream().map(LawTextRevision::author).collect(Collectors.toSet()));
    return all.stream()
        .map(
            r ->
                new TextRevision(
                    r.number(),
                    r.baseNumber(),
                    r.merged(),
                    r.body(),
                    r.author(),
                    names.getOrDefault(r.author(), r.author()),
                    r.createdAt(),
                    r.message()))
        .toList();
  }
}
