package org.consulta.audit;

import static java.util.stream.Collectors.joining;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.accounts.Account;
import org.consulta.accounts.Role;
import org.consulta.accounts.SessionResource;
import org.consulta.platform.RequestTransaction;
import org.consulta.platform.SingleCommit;

/**
 * Audits every write to the API once its answer is known, whether it succeeded, failed or was
 * refused (refusals by authentication and role checks are answered through the same mapper, so they
 * pass here too). Only the method, operation, path and status are kept: never a body, a header or a
 * query string, where passwords and tokens travel.
 *
 * <p>A write marked {@link SingleCommit} that passed authentication runs in one {@link
 * RequestTransaction}, begun here before its resource: when nothing in it failed, its entry joins
 * it and both commit together, before the answer is sent. A write that failed or was refused is
 * rolled back and audited in a transaction of its own, as is a write whose commit failed, which is
 * then answered with that failure.
 */
@Provider
@Priority(Priorities.USER)
public class AuditRecorder implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String BEGUN = AuditRecorder.class.getName() + ".begun";
  private static final int MAX_PATH = 2000;

  @Inject private AuditLog log;
  @Inject private RequestTransaction transaction;
  @Inject private Clock clock;
  @Context private ResourceInfo resource;
  @Context private HttpServletRequest servletRequest;
  @Context private Providers providers;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (WRITES.contains(request.getMethod())
        && method != null
        && method.isAnnotationPresent(SingleCommit.class)) {
      transaction.begin();
      request.setProperty(BEGUN, Boolean.TRUE);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (!WRITES.contains(method)) {
      return;
    }
    if (request.getProperty(BEGUN) != null && committedWithEntry(request, response)) {
      return;
    }
    try {
      log.append(entry(request, response));
    } catch (RuntimeException e) {
      // The write has been answered already; losing its entry is reported, not inflicted on it.
      LOG.log(Level.SEVERE, "could not audit " + method + " " + applicationPath(request), e);
    }
  }

  /**
   * Commits the request's transaction with its entry when nothing in it failed, and says whether it
   * did; otherwise leaves nothing of it behind, and a failed commit becomes the answer.
   */
  private boolean committedWithEntry(
      ContainerRequestContext request, ContainerResponseContext response) {
    try {
      if (transaction.committable()) {
        log.appendWithin(entry(request, response));
        transaction.commit();
        return true;
      }
    } catch (Exception e) {
      answerWith(e, response);
    } finally {
      transaction.end();
    }
    return false;
  }

  /**
   * Replaces the answer with the problem that {@code failure} maps to, as if the resource threw.
   */
  private void answerWith(Exception failure, ContainerResponseContext response) {
    Response problem = providers.getExceptionMapper(Throwable.class).toResponse(failure);
    response.setStatusInfo(problem.getStatusInfo());
    response.getHeaders().clear();
    response.getHeaders().putAll(problem.getHeaders());
    response.setEntity(problem.getEntity(), new Annotation[0], problem.getMediaType());
  }

  private AuditEntry entry(ContainerRequestContext request, ContainerResponseContext response) {
    Who who = who(request.getSecurityContext());
    return new AuditEntry(
        clock.instant(),
        who.actor(),
        who.roles(),
        request.getMethod(),
        operation(),
        applicationPath(request),
        servletRequest.getRemoteAddr(),
        response.getStatus());
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
