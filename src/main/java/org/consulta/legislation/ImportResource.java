package org.consulta.legislation;

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
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import org.consulta.accounts.Role;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WireNames;

/**
 * Imports of national legislation: the body is the file itself, JSON Lines or CSV, plain or
 * gzip-compressed; {@code name} says what it is in the progress reports. The import runs in the
 * background; its progress is read at its location.
 */
@Path("legislation/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.DRAFTER_NAME)
public class ImportResource {
  private static final int MAX_NAME = 200;
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;

  @Inject private ImportJobs jobs;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response start(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("format") String format,
      @QueryParam("onError") String onError,
      @QueryParam("name") String name,
      @Context UriInfo uri) {
    if (name != null && name.length() > MAX_NAME) {
      throw DomainException.invalid("name", "name is longer than " + MAX_NAME + " characters");
    }
    ImportJob job =
        jobs.upload(
            body,
            name == null || name.isBlank() ? "upload" : name,
            format == null
                ? formatOf(contentType)
                : WireNames.parse(ImportFormat.class, "format", format),
            onError == null ? OnError.SKIP : WireNames.parse(OnError.class, "onError", onError));
    return Response.accepted(job.progress())
        .location(uri.getAbsolutePathBuilder().path(Long.toString(job.id())).build())
        .build();
  }

  /** CSV when the body says so; JSON Lines, the corpus format, otherwise. */
  private static ImportFormat formatOf(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")
        ? ImportFormat.CSV
        : ImportFormat.JSONL;
  }

  /** Imports newest first, a page at a time; {@code X-Total-Count} says how many there are. */
  @GET
  public Response all(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    ImportJournal.Page page =
        jobs.page(
            QueryParams.optionalInt("offset", offset, 0, Integer.MAX_VALUE, 0),
            QueryParams.optionalInt("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT));
    return Response.ok(page.jobs()).header("X-Total-Count", page.total()).build();
  }

  @GET
  @Path("{id}")
  public ImportProgress progress(@PathParam("id") String id) {
    long number = QueryParams.requiredPositive("id", id);
    return jobs.find(number)
        .orElseThrow(
            () -> new DomainException(DomainException.Reason.NOT_FOUND, "id", "no import " + id));
  }
}
