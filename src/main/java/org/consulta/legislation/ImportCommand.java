package org.consulta.legislation;

import java.io.Console;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a large legislation file from the command line into a running engine: it streams the file
 * to {@code POST /api/legislation/imports} and follows the import's progress until it ends. The
 * engine does the work, so the database and its index stay under one writer. Needs only the JDK:
 *
 * <pre>
 * CONSULTA_PASSWORD=… java -cp target/classes org.consulta.legislation.ImportCommand \
 *     --url http://localhost:8080 --user admin [--format csv] [--on-error refuse] FILE
 * </pre>
 *
 * Exits with 0 when the import is done, 2 when it was refused, 1 on any other failure.
 */
public final class ImportCommand {
  private static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");
  private static final String USAGE =
      "usage: ImportCommand [--url http://localhost:8080] [--user admin] [--format jsonl|csv]"
          + " [--on-error skip|refuse] FILE   (password from CONSULTA_PASSWORD or the console)";

  private ImportCommand() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String url = "http://localhost:8080";
    String user = "admin";
    String format = null;
    String onError = "skip";
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--url" -> url = value(args, ++i);
        case "--user" -> user = value(args, ++i);
        case "--format" -> format = value(args, ++i);
        case "--on-error" -> onError = value(args, ++i);
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null || !Files.isReadable(file)) {
      System.err.println(file == null ? USAGE : "cannot read " + file);
      System.exit(1);
    }
    if (format == null) {
      format =
          file.getFileName().toString().toLowerCase(Locale.ROOT).contains(".csv") ? "csv" : "jsonl";
    }
    System.exit(
        new Upload(URI.create(url.replaceAll("/+$", "") + "/api/"), user, password())
            .run(file, format, onError));
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      System.err.println(USAGE);
      System.exit(1);
    }
    return args[i];
  }

  private static String password() {
    String password = System.getenv("CONSULTA_PASSWORD");
    Console console = System.console();
    if (password == null && console != null) {
      password = new String(console.readPassword("Password: "));
    }
    if (password == null) {
      System.err.println("set CONSULTA_PASSWORD");
      System.exit(1);
    }
    return password;
  }

  private record Upload(URI api, String user, String password) {
    int run(Path file, String format, String onError) throws IOException, InterruptedException {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      URI imports =
          api.resolve(
              "legislation/imports?format="
                  + encode(format)
                  + "&onError="
                  + encode(onError)
                  + "&name="
                  + encode(file.getFileName().toString()));
      HttpResponse<String> started =
          http.send(
              authorized(imports)
                  .header(
                      "Content-Type", format.equals("csv") ? "text/csv" : "application/x-ndjson")
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (started.statusCode() != 202) {
        System.err.println(
            "the engine refused the import (" + started.statusCode() + "): " + started.body());
        return 1;
      }
      URI progress = URI.create(started.headers().firstValue("Location").orElseThrow());
      System.out.println("import started: " + progress);
      while (true) {
        Thread.sleep(1000);
        String body =
            http.send(authorized(progress).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String state = match(STATE, body);
        System.out.printf(
            "%s: %s of %s records, %s errors, %s records/s%n",
            state,
            number("processed", body),
            number("total", body),
            number("errorCount", body),
            number("rate", body));
        switch (state) {
          case "done" -> {
            System.out.println(body);
            return 0;
          }
          case "refused" -> {
            System.out.println(body);
            return 2;
          }
          case "failed", "interrupted" -> {
            System.out.println(body);
            return 1;
          }
          default -> {}
        }
      }
    }

    private HttpRequest.Builder authorized(URI uri) {
      String pair = user + ":" + password;
      return HttpRequest.newBuilder(uri)
          .header(
              "Authorization",
              "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A number member of the progress body, read without a JSON library so the JDK suffices. */
    private static String number(String name, String body) {
      return match(Pattern.compile("\"" + name + "\":([0-9.]+)"), body);
    }

    private static String match(Pattern pattern, String body) {
      Matcher matcher = pattern.matcher(body);
      return matcher.find() ? matcher.group(1) : "?";
    }
  }
}
