package org.consulta.legislation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.accounts.Role;
import org.consulta.platform.RequiresRole;

/** The state of the legislation index, and a rebuild from the database on request. */
@Path("legislation/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {
  private static final Logger LOG = Logger.getLogger(IndexResource.class.getName());

  @Inject private LegislationIndex index;
  @Inject private ProvisionStore store;
  @Inject private IndexSync sync;
  @Resource private ManagedExecutorService executor;

  @GET
  public IndexStatus status() {
    Watermark stored = store.watermark();
    Watermark indexed = index.watermark().orElse(null);
    try {
      return new IndexStatus(
          index.documents(),
          index.sizeInBytes(),
          indexed,
          stored,
          stored.equals(indexed),
          sync.rebuilding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a rebuild in the background; searches see the old index until it is done. */
  @POST
  @Path("rebuild")
  @RequiresRole(Role.DRAFTER_NAME)
  public Response rebuild() {
    executor.execute(
        () -> {
          try {
            sync.rebuild();
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The legislation index rebuild failed", e);
          }
        });
    return Response.accepted(status()).build();
  }
}
