package org.consulta.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The error page of the web application ({@code WEB-INF/web.xml}): an error the container raises
 * itself, outside JAX-RS, is answered as a problem body too. Reached directly, it is not found.
 */
@WebServlet("/container-problem")
public class ContainerProblems extends HttpServlet {
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number && number >= 400 ? number : 404;
    var known = Response.Status.fromStatusCode(status);
    try {
      ProblemMapper.write(
          response, status, known == null ? "the request failed" : known.getReasonPhrase(), null);
    } catch (IOException e) {
      // The client went away (often the very failure being reported): nobody is left to tell.
    }
  }
}
