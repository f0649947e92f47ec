package org.consulta.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RequestLatencyTest {
  @Path("laws")
  static class Laws {
    @GET
    public void list() {}

    @GET
    @Path("{law}/articles/{eId}")
    public void article() {}
  }

  @Path("/legislation/")
  static class Provisions {
    @GET
    @Path("provisions/{id: .+}")
    public void provision() {}
  }

  private static String template(Class<?> resource, String method) throws Exception {
    return RequestLatency.template(resource, resource.getMethod(method));
  }

  @Test
  void anOperationIsNamedByItsPathTemplateUnderTheApplication() throws Exception {
    assertEquals("/api/laws", template(Laws.class, "list"));
    assertEquals("/api/laws/{law}/articles/{eId}", template(Laws.class, "article"));
  }

  @Test
  void regularExpressionsAndStraySlashesAreLeftOut() throws Exception {
    assertEquals("/api/legislation/provisions/{id}", template(Provisions.class, "provision"));
  }
}
