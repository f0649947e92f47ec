package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.revisions.AnchorCarrier;
import org.consulta.revisions.AnchorState;
import org.consulta.revisions.CarriedPassage;
import org.consulta.revisions.Passage;
import org.junit.jupiter.api.Test;

/**
 * Carrying a whole article's comments in one step, reading only the anchors the edit reaches,
 * shifting the passages after it and leaving the rest, leaves every anchor where carrying the
 * comments one by one left it: the way {@link AnchorFollower} carried them before, each through its
 * own carrier, each written back.
 */
class AnchorStepTest {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

  /** The per-comment procedure as it stood before the batch, applied to a mutable comment. */
  private static final class OneByOne {
    final boolean onPassage;
    AnchorState state;
    Integer start;
    Integer end;
    Integer orphanedIn;

    OneByOne(CommentAnchor a) {
      onPassage = a.onPassage();
      state = a.state();
      start = a.start();
      end = a.end();
      orphanedIn = a.orphanedIn();
    }

    void carry(String before, String after, boolean deleted, int revision) {
      if (deleted) {
        anchorAt(AnchorState.ORPHANED, null, null, revision);
      } else if (!onPassage) {
        anchorAt(AnchorCarrier.carryWhole(before, after).state(), null, null, revision);
      } else {
        CarriedPassage carried = AnchorCarrier.carry(before, after, new Passage(start, end));
        anchorAt(
            carried.state(),
            carried.passage().map(Passage::start).orElse(null),
            carried.passage().map(Passage::end).orElse(null),
            revision);
      }
    }

    private void anchorAt(AnchorState next, Integer s, Integer e, int revision) {
      state = state.then(next);
      if (state == AnchorState.ORPHANED) {
        start = null;
        end = null;
        orphanedIn = orphanedIn == null ? revision : orphanedIn;
        return;
      }
      start = s;
      end = e;
    }

    CommentAnchor anchor() {
      return new CommentAnchor(onPassage, state, start, end, orphanedIn);
    }
  }

  @Test
  void batchLeavesEveryAnchorWhereOneByOneLeftIt() throws IOException {
    Random random = new Random(17);
    int compared = 0;
    int moved = 0;
    int unmoved = 0;
    int reached = 0;
    int shifted = 0;
    int skipped = 0;
    for (String article : articles()) {
      String text = article;
      List<CommentAnchor> batch = comments(text, random);
      List<OneByOne> single = batch.stream().map(OneByOne::new).toList();
      for (int revision = 2; revision <= 8; revision++) {
        boolean deleted = revision == 8 && random.nextInt(4) == 0;
        String next = deleted ? text : edited(text, random);
        var step = new AnchorStep(text, next, deleted, revision);
        List<CommentAnchor> carried = new ArrayList<>();
        for (CommentAnchor anchor : batch) {
          if (anchor.state() == AnchorState.ORPHANED) {
            // Orphans are not read again: they stay as they are.
            carried.add(anchor);
            continue;
          }
          // As AnchorFollower does: only what the step reaches is carried; passages after the
          // edits are shifted without carrying; the rest is neither read nor written.
          CommentAnchor after;
          if (step.reaches(anchor)) {
            after = step.carry(anchor);
            reached++;
          } else if (step.follows(anchor)) {
            after = step.shifted(anchor);
            shifted++;
          } else {
            after = anchor;
            skipped++;
          }
          if (after.equals(anchor)) {
            unmoved++;
          } else {
            moved++;
          }
          carried.add(after);
        }
        for (OneByOne comment : single) {
          if (comment.state != AnchorState.ORPHANED) {
            comment.carry(text, next, deleted, revision);
          }
        }
        for (int i = 0; i < batch.size(); i++) {
          assertEquals(single.get(i).anchor(), carried.get(i), "comment " + i + ", " + revision);
          compared++;
        }
        batch = carried;
        text = next;
      }
    }
    assertTrue(moved > 1000 && unmoved > 1000, moved + " moved, " + unmoved + " not");
    assertTrue(compared > 5_000, compared + " compared");
    assertTrue(
        reached > 1000 && shifted > 1000 && skipped > 1000,
        reached + " carried, " + shifted + " shifted, " + skipped + " left as they were");
  }

  /** The paragraphs of the parity model law long enough to be articles. */
  private static List<String> articles() throws IOException {
    String law = Files.readString(Path.of("drafts/parity/es.md"));
    return Arrays.stream(law.split("\n\n"))
        .filter(p -> p.length() > 300 && !p.startsWith("#") && !p.startsWith("---"))
        .limit(25)
        .toList();
  }

  /**
   * Comments on passages of one to twelve words, some already moved or changed, and on the whole.
   */
  private static List<CommentAnchor> comments(String text, Random random) {
    List<int[]> words = words(text);
    List<CommentAnchor> comments = new ArrayList<>();
    AnchorState[] states = {
      AnchorState.EXACT, AnchorState.EXACT, AnchorState.MOVED, AnchorState.CHANGED
    };
    for (int i = 0; i < 80; i++) {
      AnchorState state = states[random.nextInt(states.length)];
      if (i % 5 == 0) {
        comments.add(new CommentAnchor(false, state, null, null, null));
        continue;
      }
      int first = random.nextInt(words.size());
      int last = Math.min(words.size() - 1, first + random.nextInt(12));
      comments.add(new CommentAnchor(true, state, words.get(first)[0], words.get(last)[1], null));
    }
    return comments;
  }

  /** A sentence inserted, words replaced or deleted, a passage repeated or two halves swapped. */
  private static String edited(String text, Random random) {
    List<int[]> words = words(text);
    int at = random.nextInt(words.size());
    int to = Math.min(words.size() - 1, at + 1 + random.nextInt(6));
    int start = words.get(at)[0];
    int end = words.get(to)[1];
    return switch (random.nextInt(6)) {
      case 0 -> text.substring(0, start) + "Se agrega una frase nueva. " + text.substring(start);
      case 1 -> text.substring(0, start) + "texto distinto" + text.substring(end);
      case 2 -> text.substring(0, start) + text.substring(end);
      case 3 -> text.substring(0, end) + " " + text.substring(start, end) + text.substring(end);
      case 4 -> text.substring(text.length() / 2) + " " + text.substring(0, text.length() / 2);
      default ->
          text.substring(0, start) + text.substring(start, end).toUpperCase() + text.substring(end);
    };
  }

  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    return words;
  }
}
