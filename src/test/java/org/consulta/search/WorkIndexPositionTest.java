package org.consulta.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.consulta.nodes.FeedBacklog;
import org.consulta.nodes.FeedChange;
import org.junit.jupiter.api.Test;

/** What a start does with the work index it finds on disk. */
class WorkIndexPositionTest {
  private static final String SCHEMA = "7";
  private static final FeedChange COMMENT = new FeedChange(FeedChange.COMMENT, "42");
  private static final FeedChange LAW = new FeedChange(FeedChange.LAW, "parity");

  /** A feed that must not be read: the decision is taken from the index alone. */
  private static final LongFunction<FeedBacklog> UNREAD =
      from -> fail("the feed was read although the index cannot catch up");

  @Test
  void anIndexWithNoCommitIsRebuilt() {
    var start = WorkIndexPosition.decide(Map.of(), SCHEMA, UNREAD);
    assertEquals(new WorkIndexPosition.Rebuild("missing"), start);
  }

  @Test
  void anIndexWithoutAPositionIsRebuilt() {
    var start = WorkIndexPosition.decide(Map.of("schema", SCHEMA), SCHEMA, UNREAD);
    assertEquals(new WorkIndexPosition.Rebuild("missing"), start);
  }

  @Test
  void anIndexAtAPositionTheFeedStillHoldsCatchesUpOnTheRowsSince() {
    var start =
        WorkIndexPosition.decide(
            WorkIndexPosition.commitData(SCHEMA, 1500),
            SCHEMA,
            from -> {
              assertEquals(1500, from);
              return new FeedBacklog(1200, Set.of(COMMENT, LAW));
            });
    var catchUp = assertInstanceOf(WorkIndexPosition.CatchUp.class, start);
    assertEquals(1500, catchUp.from());
    assertEquals(Set.of(COMMENT, LAW), catchUp.changes());
  }

  @Test
  void anIndexExactlyAtTheFloorCatchesUp() {
    var start =
        WorkIndexPosition.decide(
            WorkIndexPosition.commitData(SCHEMA, 1500),
            SCHEMA,
            from -> new FeedBacklog(1500, Set.of()));
    assertEquals(new WorkIndexPosition.CatchUp(1500, Set.of()), start);
  }

  @Test
  void anIndexOlderThanTheFeedsOldestRowIsRebuilt() {
    var start =
        WorkIndexPosition.decide(
            WorkIndexPosition.commitData(SCHEMA, 1500),
            SCHEMA,
            from -> new FeedBacklog(1501, Set.of(COMMENT)));
    assertEquals(new WorkIndexPosition.Rebuild("feed-pruned"), start);
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRebuilt() {
    var start = WorkIndexPosition.decide(WorkIndexPosition.commitData("6", 1500), SCHEMA, UNREAD);
    assertEquals(new WorkIndexPosition.Rebuild("schema"), start);
  }

  @Test
  void anUnreadablePositionIsRebuilt() {
    var start =
        WorkIndexPosition.decide(Map.of("schema", SCHEMA, "feed.horizon", "soon"), SCHEMA, UNREAD);
    assertEquals(new WorkIndexPosition.Rebuild("missing"), start);
  }
}
