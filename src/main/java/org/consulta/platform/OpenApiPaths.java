package org.consulta.platform;

import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Writes path templates as OpenAPI has them. A JAX-RS template may carry a regular expression
 * ({@code {id: .+}} lets an id hold slashes), which is no part of an OpenAPI path, so a client
 * built from the document would call a path that does not exist.
 */
public class OpenApiPaths implements OASFilter {
  private static final Pattern WITH_REGEX = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Paths paths = openAPI.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    for (var path : Map.copyOf(paths.getPathItems()).entrySet()) {
      String plain = plain(path.getKey());
      if (!plain.equals(path.getKey())) {
        paths.removePathItem(path.getKey());
        paths.addPathItem(plain, path.getValue());
      }
    }
  }

  /** {@code laws/{id: .+}} → {@code laws/{id}}. */
  static String plain(String template) {
    return WITH_REGEX.matcher(template).replaceAll("{$1}");
  }
}
