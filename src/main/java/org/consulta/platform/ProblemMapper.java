package org.consulta.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error leaves the API as an RFC 9457 {@code application/problem+json} body; nothing else (no
 * stack trace, no HTML error page) ever reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  public static final String PROBLEM_JSON = "application/problem+json";
  private static final String RETRY_AFTER_SECONDS = "1";
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  private static final String BASIC = "Basic realm=\"consulta\"";

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof DomainException domain) {
      Response problem =
          problem(
              status(domain.reason()),
              domain.code(),
              domain.getMessage(),
              domain.field(),
              domain.details());
      return switch (domain.reason()) {
        case UNAVAILABLE ->
            Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        case TOO_MANY_REQUESTS ->
            Response.fromResponse(problem)
                .header("Retry-After", domain.details().get("retryAfter"))
                .build();
        default -> problem;
      };
    }
    if (failure instanceof NotAuthorizedException) {
      var builder = Response.fromResponse(problem(401, "authentication required", null, Map.of()));
      return fromScript() ? builder.build() : builder.header("WWW-Authenticate", BASIC).build();
    }
    if (failure instanceof WebApplicationException web) {
      return fromWebApplication(web);
    }
    if (failure instanceof JsonException || failure instanceof JsonbException) {
      return problem(
          400, ProblemCode.INVALID_FORMAT, "the request body is not valid JSON", "body", Map.of());
    }
    Optional<Response> concurrent = ConcurrentWriteFailure.response(failure);
    if (concurrent.isPresent()) {
      return concurrent.get();
    }
    LOG.log(Level.SEVERE, "unexpected failure", failure);
    return problem(500, "internal error; it has been logged", null, Map.of());
  }

  /**
   * Whether the web application sent the request ({@code X-Requested-With}): it gets no Basic
   * challenge, which would make the browser open its own password dialog over the page.
   */
  private boolean fromScript() {
    return headers != null && headers.getHeaderString("X-Requested-With") != null;
  }

  private static Response fromWebApplication(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    if (web.getCause() instanceof JsonException || web.getCause() instanceof JsonbException) {
      return problem(
          400, ProblemCode.INVALID_FORMAT, "the request body is not valid JSON", "body", Map.of());
    }
    var builder = Response.fromResponse(problem(status, web.getMessage(), null, Map.of()));
    if (web instanceof NotAllowedException) {
      builder.allow(web.getResponse().getAllowedMethods());
    }
    return builder.build();
  }

  private static int status(DomainException.Reason reason) {
    return switch (reason) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case GONE -> 410;
      case CONFLICT -> 409;
      case PRECONDITION_FAILED -> 412;
      case PRECONDITION_REQUIRED -> 428;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_MEDIA_TYPE -> 415;
      case TOO_SLOW -> 408;
      case UNAVAILABLE -> 503;
      case TOO_MANY_REQUESTS -> 429;
    };
  }

  static Response problem(int status, String detail, String field, Map<String, Object> details) {
    return problem(status, ProblemCode.of(status), detail, field, details);
  }

  static Response problem(
      int status, ProblemCode code, String detail, String field, Map<String, Object> details) {
    Map<String, Object> body = body(status, code, detail, field);
    body.putAll(details);
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }

  /** The same problem, written by a servlet filter that answers before JAX-RS is reached. */
  static void write(HttpServletResponse response, int status, String detail, String field)
      throws IOException {
    byte[] json =
        Json.createObjectBuilder(body(status, ProblemCode.of(status), detail, field))
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(PROBLEM_JSON);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  private static Map<String, Object> body(
      int status, ProblemCode code, String detail, String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    var known = Response.Status.fromStatusCode(status);
    body.put("title", known == null ? "Error" : known.getReasonPhrase());
    body.put("status", status);
    body.put("code", code.wire());
    body.put("detail", detail);
    if (field != null) {
      body.put("field", field);
    }
    return body;
  }
}
