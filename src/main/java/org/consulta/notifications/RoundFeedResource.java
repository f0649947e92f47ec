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
import jakarta.ws.rs.core.UriInfo;
import org.consulta.platform.QueryParams;

/** A round's Atom feed, for anyone: its published contributions and the answers to them. */
@Path("consultations/{id}/feed")
public class RoundFeedResource {
  @Inject private Feeds feeds;

  @GET
  @Produces(FeedAnswer.ATOM)
  public Response feed(
      @PathParam("id") String id,
      @QueryParam("lang") String lang,
      @Context UriInfo uri,
      @Context Request request) {
    long round = QueryParams.requiredPositive("consultation", id);
    return FeedAnswer.answer(
        feeds.round(round, FeedAnswer.language(lang), FeedAnswer.self(uri)), request);
  }
}
