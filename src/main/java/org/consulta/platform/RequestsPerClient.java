package org.consulta.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps the requests one client address has in progress at once, so that a client sending bodies
 * slowly (or many at once) holds a few worker threads, never all of them. The request over the cap
 * is answered {@code 429} at once, before its body is read, and its connection is closed so that
 * the container does not read the rest either.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestsPerClient extends HttpFilter {
  private static final String RETRY_AFTER_SECONDS = "2";

  @Inject
  @ConfigProperty(name = "consulta.http.max-requests-per-client", defaultValue = "32")
  private int maxInFlight;

  private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String client = request.getRemoteAddr();
    try {
      if (inFlight.merge(client, 1, Integer::sum) > maxInFlight) {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Connection", "close");
        ProblemMapper.write(
            response,
            429,
            "this address has " + maxInFlight + " requests in progress already; retry shortly",
            null);
        return;
      }
      chain.doFilter(request, response);
    } finally {
      inFlight.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1);
    }
  }
}
