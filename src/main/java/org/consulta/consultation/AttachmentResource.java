package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.consulta.accounts.Role;
import org.consulta.attachments.FileStore;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;

/**
 * One file a comment carries, readable by whoever may read the comment (anyone, once it is
 * published): served for download only, never for display. The browser is told to save it ({@code
 * Content-Disposition: attachment}), not to guess its type, and, should it show it anyway, to run
 * nothing in it ({@code Content-Security-Policy: sandbox}).
 */
@Path("attachments/{id}")
public class AttachmentResource {
  private static final String SANDBOX = "sandbox";

  @Inject private Attachments attachments;
  @Inject private FileStore store;
  @Inject private Callers callers;
  @Inject private WriteTransaction transaction;

  @PathParam("id")
  private String id;

  @Context private SecurityContext security;

  @GET
  @Produces(MediaType.WILDCARD)
  public Response download(@Context Request request) {
    Attachment attachment = attachments.find(attachmentId(), callers.of(security));
    EntityTag tag = new EntityTag(attachment.sha256());
    CacheControl privately = new CacheControl();
    privately.setPrivate(true);
    privately.setNoCache(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer;
    if (unchanged != null) {
      answer = unchanged;
    } else {
      java.nio.file.Path file = store.file(attachment.sha256());
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            "attachment " + attachment.id() + " names " + file + ", which is missing");
      }
      answer = Response.ok(file.toFile(), attachment.kind().mediaType());
    }
    return answer
        .tag(tag)
        .cacheControl(privately)
        .header("Content-Disposition", disposition(attachment.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", SANDBOX)
        .build();
  }

  @DELETE
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public Response delete() {
    Caller caller = callers.of(security);
    long attachment = attachmentId();
    Attachment removed = transaction.answer(() -> attachments.remove(attachment, caller));
    String sha256 = removed.sha256();
    store.exclusively(
        sha256,
        () -> {
          attachments.forgetIfUnused(sha256);
          return null;
        });
    return Response.noContent().build();
  }

  /**
   * {@code attachment}, with the name as RFC 6266 and 8187 give it to every current browser, and an
   * ASCII approximation for older clients.
   */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  private long attachmentId() {
    return QueryParams.requiredPositive("attachment", id);
  }
}
