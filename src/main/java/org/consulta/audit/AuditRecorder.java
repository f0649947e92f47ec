package org.consulta.audit;

import static java.util.stream.Collectors.joining;

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
import org.consulta.accounts.Account;
import org.consulta.accounts.Role;
import org.consulta.accounts.SessionResource;

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
    Who who = who(request.getSecurityContext());
    var entry =
        new AuditEntry(
            clock.instant(),
            who.actor(),
            who.roles(),
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

  /** The account a write is credited to (null when anonymous) and its roles, comma-separated. */
  private record Who(String actor, String roles) {}

  private Who who(SecurityContext security) {
    if (security != null && security.getUserPrincipal() != null) {
      return new Who(security.getUserPrincipal().getName(), roles(security));
    }
    if (servletRequest.getAttribute(SessionResource.LOGGED_IN) instanceof Account account) {
      return new Who(
          account.username(),
          account.roles().stream().map(Role::roleName).sorted().collect(joining(",")));
    }
    return new Who(null, "");
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
        .collect(joining(","));
  }

  /** The resource method that answered, such as {@code AccountResource.create}; null if none. */
  private String operation() {
    Method method = resource == null ? null : resource.getResourceMethod();
    return method == null
        ? null
        : method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
