package org.consulta.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consulta.api.ApiDescription.Operation;
import org.consulta.api.ApiDescription.Parameter;

/**
 * The malformed requests for one operation: a valid request with one thing wrong at a time, in its
 * path, query, headers or body, taken from the operation's description and a valid example body.
 */
final class FuzzCases {
  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
  private static final String WILDCARD_BODY_TYPE = "application/octet-stream";

  private final Operation operation;
  private final FuzzTargets targets;
  private final String example;
  private final MalformedValues values;
  private final List<FuzzRequest> cases = new ArrayList<>();

  private FuzzCases(
      Operation operation, FuzzTargets targets, String example, MalformedValues values) {
    this.operation = operation;
    this.targets = targets;
    this.example = example;
    this.values = values;
  }

  /** Every case for {@code operation}; {@code example} is its valid body, null when it has none. */
  static List<FuzzRequest> of(
      Operation operation, FuzzTargets targets, String example, MalformedValues values) {
    var builder = new FuzzCases(operation, targets, example, values);
    builder.add("valid request", builder.target(Map.of(), Map.of()), false);
    builder.pathCases();
    builder.queryCases();
    builder.headerCases();
    builder.acceptCases();
    if (operation.hasBody()) {
      builder.bodyCases();
    }
    return List.copyOf(builder.cases);
  }

  private void pathCases() {
    for (String name : operation.pathVariables()) {
      values
          .encodedParameterValues()
          .forEach(v -> add("path " + name + "=" + v, target(Map.of(name, v), Map.of()), false));
      values
          .rawParameterValues()
          .forEach(v -> add("path " + name + "=" + v, target(Map.of(name, v), Map.of()), true));
    }
  }

  private void queryCases() {
    for (Parameter parameter : operation.in("query")) {
      String name = parameter.name();
      List<String> encoded = new ArrayList<>(values.encodedParameterValues());
      encoded.addAll(values.unknownNames());
      encoded.forEach(
          v -> add("query " + name + "=" + v, target(Map.of(), Map.of(name, v)), false));
      values.rawParameterValues().stream()
          .limit(1)
          .forEach(v -> add("query " + name + "=" + v, target(Map.of(), Map.of(name, v)), true));
    }
    add("unknown query parameter", target(Map.of(), Map.of("zzz", "1")), false);
  }

  /**
   * Headers the request's own body decides, or that Java's HTTP client refuses to set: malformed
   * framing is the hostile-client tests' concern, sent over raw sockets.
   */
  private static final Set<String> CLIENT_HEADERS =
      Set.of("content-type", "content-length", "host", "connection", "expect", "upgrade");

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private void headerCases() {
    for (Parameter parameter : operation.parameters()) {
      if (parameter.in().equals("header") && !CLIENT_HEADERS.contains(lower(parameter.name()))) {
        values
            .headerValues()
            .forEach(
                v ->
                    send(
                        "header " + parameter.name() + "=" + v,
                        exampleBytes(),
                        bodyType(),
                        Map.of(parameter.name(), v)));
      }
      if (parameter.in().equals("cookie")) {
        values
            .headerValues()
            .forEach(
                v ->
                    send(
                        "cookie " + parameter.name() + "=" + v,
                        exampleBytes(),
                        bodyType(),
                        Map.of("Cookie", parameter.name() + "=" + v)));
      }
    }
  }

  private void acceptCases() {
    values
        .accepts()
        .forEach(v -> send("Accept: " + v, exampleBytes(), bodyType(), Map.of("Accept", v)));
  }

  private void bodyCases() {
    values.bodies().forEach(b -> body("body " + b, b));
    values.contentTypes().forEach(t -> send("Content-Type: " + t, exampleBytes(), t, Map.of()));
    if (isJson()) {
      BodyVariants.of(example, bodyType(), values)
          .forEach(v -> send(v.input(), v.body(), v.contentType(), Map.of()));
    }
  }

  private void body(String input, String body) {
    send(input, body.getBytes(StandardCharsets.UTF_8), bodyType(), Map.of());
  }

  private void send(String input, byte[] body, String contentType, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(baselineHeaders());
    all.putAll(headers);
    cases.add(
        new FuzzRequest(
            operation.key(),
            input,
            operation.method(),
            target(Map.of(), Map.of()),
            body,
            contentType,
            Map.copyOf(all),
            false));
  }

  private void add(String input, String target, boolean raw) {
    cases.add(
        new FuzzRequest(
            operation.key(),
            input,
            operation.method(),
            target,
            exampleBytes(),
            bodyType(),
            baselineHeaders(),
            raw));
  }

  private Map<String, String> baselineHeaders() {
    return operation.in("header").stream()
        .map(Parameter::name)
        .filter(targets.headerValues()::containsKey)
        .collect(Collectors.toMap(name -> name, targets.headerValues()::get));
  }

  private boolean isJson() {
    return operation.bodyType().contains("json");
  }

  private String bodyType() {
    if (!operation.hasBody()) {
      return null;
    }
    return operation.bodyType().contains("*") ? WILDCARD_BODY_TYPE : operation.bodyType();
  }

  private byte[] exampleBytes() {
    return example == null ? null : example.getBytes(StandardCharsets.UTF_8);
  }

  /** The path with valid values, but those of {@code path}; the query likewise. */
  private String target(Map<String, String> path, Map<String, String> query) {
    Matcher variable = VARIABLE.matcher(operation.path());
    StringBuilder target = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1);
      String before = operation.path().substring(0, variable.start() - 1);
      String segment = before.substring(before.lastIndexOf('/') + 1);
      String value = path.containsKey(name) ? path.get(name) : targets.pathValue(segment, name);
      if (value == null) {
        throw new IllegalStateException(
            operation.key() + ": FuzzTargets has no value for {" + name + "}");
      }
      variable.appendReplacement(target, Matcher.quoteReplacement(value));
    }
    variable.appendTail(target);
    Map<String, String> parameters = new LinkedHashMap<>();
    operation.in("query").stream()
        .map(Parameter::name)
        .filter(targets.queryValues()::containsKey)
        .forEach(name -> parameters.put(name, targets.queryValues().get(name)));
    parameters.putAll(query);
    String search =
        parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
    return target.substring(1) + (search.isEmpty() ? "" : "?" + search);
  }
}
