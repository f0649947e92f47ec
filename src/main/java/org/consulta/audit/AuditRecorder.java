package org.consulta.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.consulta.accounts.Role;

/**
 * Audits every write to the API once its answer is known, whether it succeeded, failed or was
 * refused (refusals by authentication and role checks are answered through the same mapper, so they
 * pass here too). Only the method, operation, path and status are kept: never a body, a header or a
 * query string, where passwords and tokens travel.
 */
@Provider
@Priority(Priorities.USER)
public class AuditRecorder implements ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int MAX_PATH = 2000;

  @Inject private AuditLog log;
  @Inject private Clock clock;
  @Context private ResourceInfo resource;
  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (!WRITES.contains(method)) {
      return;
    }
    String path = applicationPath(request);
    SecurityContext security = request.getSecurityContext();
    boolean known = security != null && security.getUserPrincipal() != null;
    var entry =
        new AuditEntry(
            clock.instant(),
            known ? security.getUserPrincipal().getName() : null,
            known ? roles(security) : "",
            method,
            operation(),
            path,
            servletRequest.getRemoteAddr(),
            response.getStatus());
    try {
      log.append(entry);
    } catch (RuntimeException e) {
      // The write has been answered already; losing its entry is reported, not inflicted on it.
      LOG.log(Level.SEVERE, "could not audit " + method + " " + path, e);
    }
  }

  /** The path within the application ({@code /api/laws}), whatever context it is deployed at. */
  private String applicationPath(ContainerRequestContext request) {
    String raw = request.getUriInfo().getRequestUri().getRawPath();
    String context = servletRequest.getContextPath();
    String path = raw.startsWith(context) ? raw.substring(context.length()) : raw;
    return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
  }

  private static String roles(SecurityContext security) {
    return Arrays.stream(Role.values())
        .map(Role::roleName)
        .filter(security::isUserInRole)
        .collect(Collectors.joining(","));
  }

  /** The resource method that answered, such as {@code AccountResource.create}; null if none. */
  private String operation() {
    Method method = resource == null ? null : resource.getResourceMethod();
    return method == null
        ? null
        : method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
