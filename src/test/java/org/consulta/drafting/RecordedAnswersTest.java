package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecordedAnswersTest {
  private static RecordedAnswers.Key key(int version, List<?> shown) {
    return new RecordedAnswers.Key("version", 7L, version, version, Language.es, false, shown);
  }

  private static RecordedAnswers.Answer page(String text) {
    return RecordedAnswers.html(text);
  }

  @Test
  void anAnswerIsMadeOnceWhileKept() {
    var answers = new RecordedAnswers(1_000);
    var made = new AtomicInteger();
    var first = answers.kept(key(1, List.of()), () -> page("v" + made.incrementAndGet()));
    var second = answers.kept(key(1, List.of()), () -> page("v" + made.incrementAndGet()));
    assertSame(first, second);
    assertEquals(1, made.get());
  }

  @Test
  void whatTheAnswerShowsOfTheLawAsItStandsIsPartOfItsKey() {
    var answers = new RecordedAnswers(1_000);
    var es = answers.kept(key(1, List.of("Título")), () -> page("Título"));
    var renamed = answers.kept(key(1, List.of("Otro título")), () -> page("Otro título"));
    assertEquals("Otro título", new String(renamed.body(), StandardCharsets.UTF_8));
    assertNotEquals(es.etag(), renamed.etag());
  }

  @Test
  void theLeastRecentlyReadAnswersGoOnceTheCapacityIsFull() {
    var answers = new RecordedAnswers(20);
    var one = answers.kept(key(1, List.of()), () -> page("0123456789"));
    answers.kept(key(2, List.of()), () -> page("abcdefghij"));
    assertSame(one, answers.kept(key(1, List.of()), () -> page("0123456789")));
    answers.kept(key(3, List.of()), () -> page("ABCDEFGHIJ"));
    // Version 2 was read least recently: it went, and is made again.
    var made = new AtomicInteger();
    answers.kept(key(2, List.of()), () -> page("abcdefghi" + made.incrementAndGet()));
    assertEquals(1, made.get());
  }

  @Test
  void aLargeAnswerIsHeldInChunksAndReadBackWhole() {
    String page = "ñ".repeat(300_000); // 600,000 bytes of UTF-8
    var answer = RecordedAnswers.html(page);
    assertEquals(3, answer.chunks().size());
    assertEquals(600_000, answer.length());
    assertEquals(page, new String(answer.body(), StandardCharsets.UTF_8));
  }

  @Test
  void nothingIsKeptWithoutCapacity() {
    var answers = new RecordedAnswers(0);
    var made = new AtomicInteger();
    answers.kept(key(1, List.of()), () -> page("x" + made.incrementAndGet()));
    answers.kept(key(1, List.of()), () -> page("x" + made.incrementAndGet()));
    assertEquals(2, made.get());
  }

  @Test
  void jsonIsWhatJsonBindingWrites() {
    var answer = RecordedAnswers.json(new LawViews.Fallback(Language.es, 3, "Título", "Texto"));
    assertArrayEquals(
        "{\"heading\":\"Título\",\"lang\":\"es\",\"revision\":3,\"text\":\"Texto\"}"
            .getBytes(StandardCharsets.UTF_8),
        answer.body());
    assertEquals(MediaType.APPLICATION_JSON_TYPE, answer.type());
  }
}
