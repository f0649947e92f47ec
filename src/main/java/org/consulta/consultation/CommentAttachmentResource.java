package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.consulta.accounts.Role;
import org.consulta.attachments.FileKind;
import org.consulta.attachments.FileKinds;
import org.consulta.attachments.FileStore;
import org.consulta.attachments.Spooled;
import org.consulta.platform.DomainException;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WriteTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files a comment carries. An upload is the file itself as the request body (any declared type:
 * the content decides), its name in the {@code name} query parameter; it is spooled to disk as it
 * arrives, never held in memory, and refused past {@code consulta.attachments.max-bytes}.
 */
@Path("comments/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentAttachmentResource {
  /** The request's file, as problems name it. */
  static final String FILE = "file";

  @Inject private Attachments attachments;
  @Inject private FileStore store;
  @Inject private Callers callers;
  @Inject private WriteTransaction transaction;

  @Inject
  @ConfigProperty(name = "consulta.attachments.max-bytes", defaultValue = "20971520")
  private long maxBytes;

  @PathParam("id")
  private String id;

  @Context private SecurityContext security;

  @GET
  public List<AttachmentView> list() {
    Caller caller = callers.of(security);
    return attachments.of(commentId(), caller).stream().map(AttachmentView::of).toList();
  }

  @POST
  @RequiresRole({Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      InputStream body,
      @QueryParam("name") String name,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
      @Context UriInfo uri) {
    Caller caller = callers.of(security);
    long comment = commentId();
    // Who may attach is checked before the body is read, and again when the row is written.
    attachments.requireAttachable(comment, caller);
    if (length != null && declared(length) > maxBytes) {
      throw FileStore.tooLarge(FILE, maxBytes);
    }
    try (Spooled file = store.spool(body, maxBytes, FILE)) {
      FileKind kind = FileKinds.of(file.file(), FILE);
      var upload = new Attachments.Upload(file, kind, AttachmentName.of(name, kind, "name"));
      AttachmentView added =
          store.exclusively(
              file.sha256(),
              () ->
                  transaction.answer(
                      () -> AttachmentView.of(attachments.add(comment, upload, caller))));
      return Response.created(uri.getBaseUriBuilder().path("attachments/" + added.id()).build())
          .entity(added)
          .build();
    }
  }

  private long declared(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(HttpHeaders.CONTENT_LENGTH, "Content-Length is not a number");
    }
  }

  private long commentId() {
    return CommentRequests.commentId(id);
  }
}
