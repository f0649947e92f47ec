package org.consulta.notifications;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** A law's Atom feed, for anyone: versions recorded, rounds opened and closed. */
@Path("laws/{law}/feed")
public class LawFeedResource {
  @Inject private Feeds feeds;

  @GET
  @Produces(FeedAnswer.ATOM)
  public Response feed(
      @PathParam("law") String slug,
      @QueryParam("lang") String lang,
      @Context UriInfo uri,
      @Context Request request,
      @Context SecurityContext security) {
    return FeedAnswer.answer(
        feeds.law(slug, FeedAnswer.language(lang), FeedAnswer.self(uri), security), request);
  }
}
