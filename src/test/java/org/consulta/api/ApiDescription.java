package org.consulta.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The operations that the engine's {@code /openapi} document describes, read as JSON. */
public final class ApiDescription {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /** A JAX-RS template variable with a regular expression, such as {@code {id: .+}}. */
  private static final Pattern REGEX_VARIABLE = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

  private ApiDescription() {}

  /** One parameter: its name and where it goes ({@code path}, {@code query}, {@code header}…). */
  public record Parameter(String name, String in) {}

  /**
   * One operation; {@code bodyType} is the media type of its request body (a JSON one if it takes
   * several), or null.
   */
  public record Operation(String method, String path, List<Parameter> parameters, String bodyType) {
    /** How the access table and failure messages name the operation: {@code GET /api/laws}. */
    public String key() {
      return method + " " + path;
    }

    /** The variables of the path template, in order, whether or not they are declared. */
    public List<String> pathVariables() {
      List<String> names = new ArrayList<>();
      Matcher variable = VARIABLE.matcher(path);
      while (variable.find()) {
        names.add(variable.group(1));
      }
      return names;
    }

    public List<Parameter> in(String location) {
      return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    public boolean hasBody() {
      return bodyType != null;
    }
  }

  /**
   * The operations the engine deployed at {@code base} describes at {@code /openapi}, which is
   * served from the server's root whatever the application's context root. Paths are relative to
   * {@code base}, such as {@code /api/laws}, whether or not the document names the context root.
   */
  public static List<Operation> of(URI base) {
    String json =
        Api.anonymous(base.resolve("/"))
            .withHeader("Accept", "application/json")
            .get("openapi")
            .expect(200)
            .body();
    String contextRoot = base.getPath().replaceAll("/$", "");
    return read(json).stream()
        .map(
            o ->
                contextRoot.isEmpty() || !o.path().startsWith(contextRoot + "/")
                    ? o
                    : new Operation(
                        o.method(),
                        o.path().substring(contextRoot.length()),
                        o.parameters(),
                        o.bodyType()))
        .toList();
  }

  /** Every operation of the document, sorted by path and method so that runs repeat. */
  public static List<Operation> read(String json) {
    JsonObject paths;
    try (var reader = Json.createReader(new StringReader(json))) {
      paths = reader.readObject().getJsonObject("paths");
    }
    return paths.entrySet().stream()
        .flatMap(path -> operations(path.getKey(), path.getValue().asJsonObject()))
        .sorted(Comparator.comparing(Operation::path).thenComparing(Operation::method))
        .toList();
  }

  private static Stream<Operation> operations(String path, JsonObject item) {
    List<Parameter> shared = parameters(item.getJsonArray("parameters"));
    // The OpenAPI template names a variable without the JAX-RS regex that constrains it.
    String template = REGEX_VARIABLE.matcher(path).replaceAll("{$1}");
    return item.entrySet().stream()
        .filter(entry -> METHODS.contains(entry.getKey()))
        .map(
            entry -> {
              JsonObject operation = entry.getValue().asJsonObject();
              List<Parameter> parameters = new ArrayList<>(shared);
              parameters.addAll(parameters(operation.getJsonArray("parameters")));
              return new Operation(
                  entry.getKey().toUpperCase(Locale.ROOT),
                  template,
                  List.copyOf(parameters),
                  bodyType(operation));
            });
  }

  private static List<Parameter> parameters(JsonArray declared) {
    if (declared == null) {
      return List.of();
    }
    return declared.stream()
        .map(JsonValue::asJsonObject)
        .map(p -> new Parameter(p.getString("name"), p.getString("in")))
        .toList();
  }

  private static String bodyType(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null || !body.containsKey("content")) {
      return null;
    }
    // An operation that takes JSON and another type (POST /api/laws also takes Akoma Ntoso) is
    // tested with JSON: /openapi does not keep the order in which the types were declared.
    var types = body.getJsonObject("content").keySet();
    return types.stream()
        .filter(t -> t.contains("json"))
        .findFirst()
        .orElse(types.stream().findFirst().orElse(null));
  }
}
