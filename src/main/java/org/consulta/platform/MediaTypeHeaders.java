package org.consulta.platform;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a {@code Content-Type} or {@code Accept} header that does not parse (no slash, an empty
 * parameter, {@code q=abc}) with a problem naming it. Jersey meets such a header before any of its
 * filters or {@link ProblemMapper} and sends a bare 400, which the servlet container fills with its
 * HTML error page.
 */
@WebFilter("/api/*")
public class MediaTypeHeaders extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> wrong = unparsable(request);
    if (wrong.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String header = wrong.get();
    String problem =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", "Bad Request")
            .add("status", 400)
            .add("code", ProblemCode.INVALID_FORMAT.wire())
            .add(
                "detail", "the " + header + " header is not a media type, such as application/json")
            .add("field", header)
            .build()
            .toString();
    response.setStatus(400);
    response.setContentType(ProblemMapper.PROBLEM_JSON);
    response.getOutputStream().write(problem.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> unparsable(HttpServletRequest request) {
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (type != null && !parses(type)) {
      return Optional.of(HttpHeaders.CONTENT_TYPE);
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null && !acceptable(accept)) {
      return Optional.of(HttpHeaders.ACCEPT);
    }
    return Optional.empty();
  }

  private static boolean parses(String type) {
    try {
      MediaType.valueOf(type);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Each media range parses, and its quality, if any, is a number. */
  private static boolean acceptable(String accept) {
    for (String range : accept.split(",")) {
      if (range.isBlank()) {
        continue;
      }
      try {
        String q = MediaType.valueOf(range.trim()).getParameters().get("q");
        if (q != null) {
          Double.parseDouble(q);
        }
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return true;
  }
}
