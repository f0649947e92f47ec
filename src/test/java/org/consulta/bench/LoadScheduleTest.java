package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoadScheduleTest {
  @Test
  void spreadsTheRevisionsEvenlyBetweenTheComments() {
    assertEquals(List.of(2, 5, 7), revisedBefore(new LoadSchedule(10, 3)));
  }

  @Test
  void writesEveryRevisionOnceWhateverTheProportion() {
    assertEquals(500, revisedBefore(new LoadSchedule(100_000, 500)).size());
    assertEquals(7, revisedBefore(new LoadSchedule(7, 7)).size());
    assertEquals(0, revisedBefore(new LoadSchedule(100, 0)).size());
  }

  @Test
  void leavesTheFirstCommentsOnTheConsultedText() {
    assertFalse(new LoadSchedule(100_000, 500).revisesBefore(0));
  }

  private static List<Integer> revisedBefore(LoadSchedule schedule) {
    List<Integer> at = new ArrayList<>();
    IntStream.range(0, schedule.comments()).filter(schedule::revisesBefore).forEach(at::add);
    return at;
  }
}
