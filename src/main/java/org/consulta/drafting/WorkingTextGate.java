package org.consulta.drafting;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@link ReadsWorkingText} before the resource runs, after authentication and the role
 * gate: a resource that forgets nothing in its own code cannot leak the text.
 */
@Provider
public class WorkingTextGate implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    var method = resource.getResourceMethod();
    boolean marked =
        method.isAnnotationPresent(ReadsWorkingText.class)
            || (method.isAnnotationPresent(GET.class)
                && resource.getResourceClass().isAnnotationPresent(ReadsWorkingText.class));
    if (marked) {
      context.register(new Check());
    }
  }

  @Priority(Priorities.AUTHORIZATION + 10)
  private static final class Check implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      String slug = request.getUriInfo().getPathParameters().getFirst("law");
      CDI.current()
          .select(LawReadAccess.class)
          .get()
          .workingText(slug, request.getSecurityContext());
    }
  }
}
