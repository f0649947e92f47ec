package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.consulta.api.ApiDescription.Operation;
import org.junit.jupiter.api.Test;

/**
 * Every operation that {@code /openapi} describes, sent malformed path and query values, headers,
 * bodies and media types, as anonymous, as a participant and as an administrator who drafts: none
 * may answer with a 5xx, and every error must be an {@code application/problem+json} problem.
 */
public interface FuzzContract extends ConsultationFixture, LegislationFixture {
  long SEED = 20_261_207L;
  String EXAMPLES = "/api/fuzz-bodies.json";

  /** One case in this many is also sent by a caller the role gate turns away. */
  int DENIED_SAMPLE = 12;

  @Test
  default void noMalformedRequestGetsA5xxOrAnErrorThatIsNotAProblem() {
    List<Operation> operations =
        ApiDescription.of(base()).stream()
            // Deletions last, so that the other operations still find what they aim at.
            .sorted(Comparator.comparing((Operation o) -> o.method().equals("DELETE")))
            .toList();
    FuzzTargets targets = FuzzTargets.create(this);
    JsonObject examples = examples(targets.provision());
    AccessTable access = AccessTable.load();
    MalformedValues values = new MalformedValues(SEED);
    FuzzLog log = new FuzzLog();
    List<String> withoutExample = new ArrayList<>();
    int sent = 0;
    for (Operation operation : operations) {
      if (operation.hasBody() && !examples.containsKey(operation.key())) {
        withoutExample.add(operation.key());
        continue;
      }
      String example = operation.hasBody() ? text(examples.get(operation.key())) : null;
      List<String> allowed = callers(access, operation, true);
      List<String> denied = callers(access, operation, false);
      for (FuzzRequest request : FuzzCases.of(operation, targets, example, values)) {
        send(request, allowed.get(sent % allowed.size()), targets, log);
        if (sent % DENIED_SAMPLE == 0 && !denied.isEmpty()) {
          send(request, denied.get(sent / DENIED_SAMPLE % denied.size()), targets, log);
        }
        sent++;
      }
    }
    String report = log.report();
    System.out.println(log.summary());
    save(report);
    assertAll(
        () ->
            assertTrue(
                withoutExample.isEmpty(), EXAMPLES + " has no example body for " + withoutExample),
        () -> assertTrue(log.failures().isEmpty(), report));
  }

  /**
   * Sends one case; a connection that closes with no answer is tried once more, because the HTTP/2
   * connection the client shares can close under a large refused body: the log counts those apart,
   * and a request that gets no answer twice fails the test.
   */
  private void send(FuzzRequest request, String caller, FuzzTargets targets, FuzzLog log) {
    long start = System.nanoTime();
    try {
      var answer = request.send(targets.callers().get(caller), base());
      log.record(request, caller, answer, Duration.ofNanos(System.nanoTime() - start));
    } catch (UncheckedIOException first) {
      try {
        var answer = request.send(targets.callers().get(caller), base());
        log.answeredOnRetry(request, caller);
        log.record(request, caller, answer, Duration.ofNanos(System.nanoTime() - start));
      } catch (UncheckedIOException again) {
        log.noAnswer(request, caller, again);
      }
    }
  }

  /**
   * The fuzz test's callers that the access table lets through ({@code allowed}) or turns away; the
   * fuzz administrator is also a drafter. An operation the table lacks, or that no caller passes
   * (such as one that needs a session cookie), is sent by everyone.
   */
  private static List<String> callers(AccessTable access, Operation operation, boolean allowed) {
    List<String> everyone = List.of("anonymous", "participant", "admin");
    if (everyone.stream().noneMatch(c -> passes(access, operation.key(), c))) {
      return allowed ? everyone : List.of();
    }
    return everyone.stream()
        .filter(caller -> passes(access, operation.key(), caller) == allowed)
        .toList();
  }

  private static boolean passes(AccessTable access, String operation, String caller) {
    return caller.equals("admin")
        ? access.allows(operation, "admin") || access.allows(operation, "drafter")
        : access.allows(operation, caller);
  }

  /** A valid body per operation; the test resource names the imported provision {provision}. */
  private static JsonObject examples(String provision) {
    try (InputStream stream = FuzzContract.class.getResourceAsStream(EXAMPLES)) {
      Objects.requireNonNull(stream, EXAMPLES + " is missing");
      String json =
          new String(stream.readAllBytes(), StandardCharsets.UTF_8)
              .replace("{provision}", provision);
      try (var reader = Json.createReader(new StringReader(json))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON example as its text; a string example (a file to import) as the string itself. */
  private static String text(JsonValue example) {
    return example instanceof JsonString string ? string.getString() : example.toString();
  }

  private static void save(String report) {
    Path dir = Path.of(System.getProperty("consulta.itDir", "target/it"));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("fuzz-report.txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
