package org.consulta.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@link RequiresRole}: 401 for an anonymous caller, 403 for one without the role. Runs
 * after authentication has set the request's security context.
 */
@Provider
public class RoleGate implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RequiresRole required = resource.getResourceMethod().getAnnotation(RequiresRole.class);
    if (required == null) {
      required = resource.getResourceClass().getAnnotation(RequiresRole.class);
    }
    if (required != null) {
      context.register(new Check(List.of(required.value())));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  private record Check(List<String> roles) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        throw new NotAuthorizedException("Basic realm=\"consulta\"");
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        throw new ForbiddenException(
            "this needs one of the roles " + Arrays.toString(roles.toArray()));
      }
    }
  }
}
